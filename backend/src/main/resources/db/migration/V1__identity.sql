-- Identity: people who log in (customers and staff), partner applications, and the state that keeps sessions
-- safe (refresh-token families, login throttling). Roles are one per account: a person with two jobs has two.

create table account (
    id            uuid primary key,
    phone         varchar(16)  not null,
    name          varchar(50)  not null,
    role          varchar(20)  not null check (role in ('CUSTOMER', 'ADVISOR', 'TECHNICIAN', 'TEAM_LEAD',
                                                         'INSPECTOR', 'CUSTOMER_SERVICE', 'MANAGER')),
    password_hash varchar(100) not null,
    active        boolean      not null default true,
    created_at    timestamptz  not null,
    created_by    uuid         references account (id),
    constraint account_phone_unique unique (phone)
);
create index account_role_idx on account (role) where active;

-- Refresh tokens rotate: each use marks the token used and issues a successor in the same family. A used token
-- presented again means it was stolen (or replayed), and the whole family is revoked.
create table refresh_token (
    id          uuid primary key,
    account_id  uuid        not null references account (id),
    family_id   uuid        not null,
    token_hash  char(64)    not null,
    issued_at   timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    revoked_at  timestamptz,
    constraint refresh_token_hash_unique unique (token_hash)
);
create index refresh_token_family_idx on refresh_token (family_id);
create index refresh_token_account_idx on refresh_token (account_id);

-- Failed logins per login name, shared by every instance (the database, not memory, holds the count).
create table login_throttle (
    login_key         varchar(64) primary key,
    failures          int         not null,
    window_started_at timestamptz not null,
    blocked_until     timestamptz
);

create table partner_client (
    id          uuid primary key,
    client_id   varchar(40)  not null,
    name        varchar(80)  not null,
    secret_hash varchar(100) not null,
    scopes      text         not null,
    active      boolean      not null default true,
    created_at  timestamptz  not null,
    created_by  uuid         not null references account (id),
    constraint partner_client_id_unique unique (client_id)
);

-- One row per seed that ran (demo data), so that several instances starting at once seed once.
create table seed_marker (
    name       varchar(40) primary key,
    applied_at timestamptz not null
);

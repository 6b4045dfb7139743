-- Holes found from outside (issue 9): registering or claiming a phone needs a one-time code sent to it, abuse of
-- the business flow is rate-limited in the database (so every instance counts the same), sessions end when an
-- account is deactivated or its role changes, and a vehicle claimed by two customers is flagged to staff.

-- One-time codes proving a phone. The code itself is never stored: only its HMAC (keyed by a server secret, so a
-- copy of the table does not give the codes away). A number that is already registered gets a message saying so
-- instead of a code (code_hash null), so the answer to the request never tells a stranger whether it is taken.
create table phone_code (
    id          uuid primary key,
    phone       varchar(16) not null,
    purpose     varchar(20) not null check (purpose in ('REGISTER')),
    code_hash   char(64),
    client      varchar(64) not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    attempts    int         not null default 0,
    consumed_at timestamptz,
    constraint phone_code_expiry check (expires_at > created_at)
);
create index phone_code_latest_idx on phone_code (phone, purpose, created_at desc);

-- Attempts per bucket ("booking|account|<id>", "register|client|<ip>") in a window that starts with the first hit.
-- One upsert per attempt: concurrent requests cannot lose a count, and every instance sees the same one.
create table rate_limit (
    bucket            varchar(120) primary key,
    hits              int          not null,
    window_started_at timestamptz  not null
);
create index rate_limit_window_idx on rate_limit (window_started_at);

-- Login failures are counted per phone and client, per client and per phone (longer keys than a phone alone).
alter table login_throttle alter column login_key type varchar(120);

-- Devices a person has logged in from: when a phone is under a distributed guessing attack, logins from them still
-- go through. Only a hash of the device token is kept.
create table trusted_device (
    token_hash   char(64)    primary key,
    account_id   uuid        not null references account (id),
    created_at   timestamptz not null,
    last_used_at timestamptz not null
);
create index trusted_device_account_idx on trusted_device (account_id);

-- Access tokens carry the version of their account's sessions; a role change or a reactivation moves it on, and
-- tokens of an earlier version are refused.
alter table account add column token_version int not null default 0;

-- External messages that are not an inbox notification (a code to a phone that has no account yet), messages that
-- are worthless after a while (a code that expired is never sent late), and messages whose text must not outlive
-- their delivery (the code is blanked once the message is sent, failed or expired).
alter table outbox_message alter column notification_id drop not null;
alter table outbox_message add column expires_at timestamptz;
alter table outbox_message add column sensitive boolean not null default false;
alter table outbox_message drop constraint outbox_message_status_check;
alter table outbox_message add constraint outbox_message_status_check
    check (status in ('PENDING', 'SENT', 'FAILED', 'EXPIRED'));
alter table outbox_message add column kind varchar(40);

-- A plate or VIN that another customer already has on file: kept (the car may have been sold), and flagged for
-- staff to check, pointing at the other customer's vehicle.
alter table vehicle add column claim_conflict_with uuid references vehicle (id);
create index vehicle_vin_idx on vehicle (vin);

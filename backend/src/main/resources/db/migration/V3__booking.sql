-- Booking: vehicles, appointments and their history. The database holds the invariants that concurrent requests
-- could break: a bay is never booked twice for overlapping times (exclusion constraint), an idempotency key maps to
-- one appointment, and a scheduled job acts once per appointment (job_mark).

create extension if not exists btree_gist;

-- Customers created by staff for phone and walk-in bookings have no password until they register (claim) it.
alter table account alter column password_hash drop not null;

create table vehicle (
    id          uuid primary key,
    customer_id uuid        not null references account (id),
    plate       varchar(10) not null,
    vin         char(17)    not null,
    make        varchar(40) not null,
    model       varchar(60) not null,
    model_year  smallint    not null check (model_year between 1950 and 2100),
    mileage_km  int         not null check (mileage_km between 0 and 5000000),
    created_at  timestamptz not null,
    created_by  uuid        not null references account (id),
    constraint vehicle_plate_per_customer unique (customer_id, plate),
    constraint vehicle_vin_per_customer unique (customer_id, vin)
);
create index vehicle_plate_idx on vehicle (plate);

create table appointment (
    id                uuid primary key,
    reference         varchar(12)   not null,
    customer_id       uuid          not null references account (id),
    vehicle_id        uuid          not null references vehicle (id),
    service_type      varchar(40)   not null references service_type (code),
    bay_id            uuid          not null references bay (id),
    starts_at         timestamptz   not null,
    ends_at           timestamptz   not null,
    status            varchar(12)   not null check (status in ('REQUESTED', 'CONFIRMED', 'CHECKED_IN', 'CANCELLED', 'NO_SHOW')),
    emergency         boolean       not null,
    channel           varchar(10)   not null check (channel in ('APP', 'WEB', 'PHONE', 'WALK_IN', 'PARTNER')),
    fault_description varchar(1000) not null,
    advisor_id        uuid references account (id),
    booked_by         varchar(40)   not null,
    confirm_by        timestamptz   not null,
    escalated_at      timestamptz,
    created_at        timestamptz   not null,
    confirmed_at      timestamptz,
    constraint appointment_reference_unique unique (reference),
    constraint appointment_time_order check (starts_at < ends_at),
    -- No double booking, ever: two live appointments of one bay never overlap, whatever the number of instances.
    constraint appointment_no_double_booking exclude using gist (
        bay_id with =, tstzrange(starts_at, ends_at, '[)') with &&
    ) where (status in ('REQUESTED', 'CONFIRMED', 'CHECKED_IN'))
);
create index appointment_customer_idx on appointment (customer_id, starts_at);
create index appointment_starts_idx on appointment (starts_at);
create index appointment_awaiting_confirmation_idx on appointment (confirm_by) where status = 'REQUESTED';

-- Every change of an appointment, never updated: who, when, what, and the promised time after the change.
create table appointment_event (
    id             bigserial primary key,
    appointment_id uuid        not null references appointment (id),
    at             timestamptz not null,
    actor_id       varchar(40),
    actor_name     varchar(80),
    actor_role     varchar(20),
    type           varchar(30) not null,
    from_status    varchar(12),
    to_status      varchar(12),
    starts_at      timestamptz,
    ends_at        timestamptz,
    detail         varchar(1000)
);
create index appointment_event_appointment_idx on appointment_event (appointment_id, id);

create table idempotency_key (
    caller         varchar(60)  not null,
    idem_key       varchar(100) not null,
    request_hash   char(64)     not null,
    appointment_id uuid         not null references appointment (id),
    created_at     timestamptz  not null,
    primary key (caller, idem_key)
);

-- A scheduled job's unit of work done once: (kind, subject) is unique, so a second instance or a second run skips it.
create table job_mark (
    kind       varchar(30) not null,
    subject_id uuid        not null,
    done_at    timestamptz not null,
    primary key (kind, subject_id)
);

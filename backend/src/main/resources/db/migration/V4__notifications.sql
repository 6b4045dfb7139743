-- Notifications: every one is kept in the recipient's in-app inbox; those meant for external channels are queued
-- in an outbox that a job delivers with retries, so a failing sender loses nothing.

create table notification (
    id             uuid primary key,
    recipient_id   uuid          not null references account (id),
    kind           varchar(40)   not null,
    params         text          not null,
    text           varchar(1000) not null,
    appointment_id uuid,
    created_at     timestamptz   not null,
    read_at        timestamptz
);
create index notification_inbox_idx on notification (recipient_id, created_at desc);

create table outbox_message (
    id              uuid primary key,
    notification_id uuid         not null references notification (id),
    channel         varchar(10)  not null check (channel in ('SMS', 'WECHAT', 'EMAIL')),
    address         varchar(80)  not null,
    payload         text         not null,
    status          varchar(10)  not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      varchar(500),
    sent_at         timestamptz,
    created_at      timestamptz  not null
);
create index outbox_due_idx on outbox_message (next_attempt_at) where status = 'PENDING';

-- After delivery: the owner's rating of the visit, the follow-up call (回访) and complaints (投诉) with their
-- audit trail. Deadlines and what the jobs already raised are columns of the rows they concern, so the jobs act
-- once per row whatever the number of instances.

create table rating (
    order_id        uuid primary key references repair_order (id),
    customer_id     uuid          not null references account (id),
    advisor_id      uuid          not null references account (id),
    technician_id   uuid references account (id),
    overall         smallint      not null check (overall between 1 and 5),
    attitude        smallint      not null check (attitude between 1 and 5),
    professionalism smallint      not null check (professionalism between 1 and 5),
    speed           smallint      not null check (speed between 1 and 5),
    price_fairness  smallint      not null check (price_fairness between 1 and 5),
    -- The satisfaction score (0-100) as defined in Satisfaction.score, kept with the stars it came from.
    score           numeric(5, 2) not null check (score between 0 and 100),
    low             boolean       not null,
    tags            varchar(400),
    comment         varchar(1000),
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    editable_until  timestamptz   not null
);
create index rating_advisor_idx on rating (advisor_id, created_at);
create index rating_technician_idx on rating (technician_id, created_at);
create index rating_created_idx on rating (created_at);

create table follow_up_call (
    id                    uuid primary key,
    -- One call per delivered order, whoever creates it first.
    order_id              uuid         not null unique references repair_order (id),
    customer_id           uuid         not null references account (id),
    assignee_id           uuid         not null references account (id),
    status                varchar(12)  not null check (status in ('OPEN', 'DONE', 'PROBLEM', 'UNREACHABLE')),
    available_from        timestamptz  not null,
    due_at                timestamptz  not null,
    attempts              smallint     not null default 0,
    next_attempt_on       date         not null,
    satisfaction          smallint check (satisfaction between 1 and 5),
    notes                 varchar(1000),
    problem               varchar(1000),
    problem_owner_id      uuid references account (id),
    problem_due_at        timestamptz,
    problem_resolved_at   timestamptz,
    problem_resolution    varchar(1000),
    problem_escalated_at  timestamptz,
    created_at            timestamptz  not null,
    completed_at          timestamptz,
    constraint follow_up_problem_has_owner check (problem is null or (problem_owner_id is not null and problem_due_at is not null))
);
create index follow_up_queue_idx on follow_up_call (status, next_attempt_on, due_at);

-- Every call attempt, never updated.
create table follow_up_attempt (
    id          bigserial primary key,
    call_id     uuid         not null references follow_up_call (id),
    at          timestamptz  not null,
    by_id       uuid         not null references account (id),
    by_name     varchar(80)  not null,
    outcome     varchar(12)  not null check (outcome in ('REACHED', 'NOT_REACHED', 'PROBLEM')),
    notes       varchar(1000)
);
create index follow_up_attempt_call_idx on follow_up_attempt (call_id, id);

-- Complaint numbers TS-YYYYMMDD-NNNN: one counter row per day, incremented in the filing transaction, so numbers
-- are unique under concurrency and a rolled-back filing leaves no gap.
create table complaint_counter (
    day  date primary key,
    last int  not null
);

create table complaint (
    id                  uuid primary key,
    number              varchar(20)   not null unique,
    customer_id         uuid          not null references account (id),
    order_id            uuid references repair_order (id),
    channel             varchar(10)   not null check (channel in ('APP', 'PHONE', 'WECHAT', 'WEB', 'ON_SITE')),
    category            varchar(15)   not null check (category in ('TECHNICAL', 'ATTITUDE', 'DELIVERY_TIME', 'PRICE', 'PROCESS')),
    priority            varchar(6)    not null check (priority in ('HIGH', 'MEDIUM', 'LOW')),
    suggested_priority  varchar(6)    not null check (suggested_priority in ('HIGH', 'MEDIUM', 'LOW')),
    team                varchar(20)   not null check (team in ('TECHNICAL_SUPPORT', 'CUSTOMER_RELATIONS', 'ORDER_ADVISOR')),
    owner_id            uuid          not null references account (id),
    status              varchar(18)   not null check (status in ('NEW', 'ACKNOWLEDGED', 'INVESTIGATING', 'REMEDY_PROPOSED',
                                          'CUSTOMER_INFORMED', 'REOPENED', 'CLOSED')),
    content             varchar(2000) not null,
    tags                varchar(400),
    created_at          timestamptz   not null,
    created_by          uuid          not null references account (id),
    answered_at         timestamptz,
    resolved_at         timestamptz,
    closed_at           timestamptz,
    -- Deadlines move later by the time spent waiting for the customer.
    answer_due_at       timestamptz   not null,
    resolve_due_at      timestamptz   not null,
    paused_since        timestamptz,
    paused_seconds      bigint        not null default 0,
    remedy_kind         varchar(20) check (remedy_kind in ('REWORK', 'PART_REPLACEMENT', 'COMPENSATION', 'APOLOGY')),
    remedy_detail       varchar(1000),
    remedy_owner_id     uuid references account (id),
    remedy_deadline     timestamptz,
    satisfaction        smallint check (satisfaction between 1 and 5),
    answer_warned_at    timestamptz,
    answer_missed_at    timestamptz,
    resolve_warned_at   timestamptz,
    resolve_missed_at   timestamptz
);
create index complaint_customer_idx on complaint (customer_id, created_at desc);
create index complaint_open_idx on complaint (resolve_due_at) where status <> 'CLOSED';
create index complaint_created_idx on complaint (created_at);

-- The audit trail: every step, never updated or deleted.
create table complaint_step (
    id            bigserial primary key,
    complaint_id  uuid          not null references complaint (id),
    at            timestamptz   not null,
    actor_id      uuid references account (id),
    actor_name    varchar(80),
    actor_role    varchar(20),
    action        varchar(20)   not null,
    from_status   varchar(18),
    to_status     varchar(18)   not null,
    note          varchar(2000),
    -- JSON array of {kind, id, label}: the order's events and photos the investigation relied on.
    evidence      text
);
create index complaint_step_idx on complaint_step (complaint_id, id);

create function complaint_step_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'complaint_step is an audit trail: rows are never changed or deleted';
end $$;
create trigger complaint_step_append_only before update or delete on complaint_step
    for each row execute function complaint_step_is_append_only();

alter table notification add column complaint_id uuid;

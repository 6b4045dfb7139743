-- Live repair: the repair order (服务工单) from reception to delivery, its estimate and the customer's decisions,
-- its delays and settlement, its attachments, and every event of its life in order. History is appended, never
-- updated: the quality indicators of the roadmap are computed from these rows.

create table repair_order (
    id                         uuid primary key,
    reference                  varchar(12)   not null,
    appointment_id             uuid references appointment (id),
    customer_id                uuid          not null references account (id),
    vehicle_id                 uuid          not null references vehicle (id),
    advisor_id                 uuid          not null references account (id),
    technician_id              uuid references account (id),
    status                     varchar(20)   not null check (status in ('CHECKED_IN', 'AWAITING_APPROVAL', 'APPROVED',
                                   'DISPATCHED', 'IN_REPAIR', 'WAITING_PARTS', 'QUALITY_CHECK', 'READY', 'DELIVERED', 'CANCELLED')),
    mileage_km                 int           not null check (mileage_km between 0 and 5000000),
    fuel_level                 varchar(15)   not null check (fuel_level in ('EMPTY', 'QUARTER', 'HALF', 'THREE_QUARTERS', 'FULL')),
    body_damage                varchar(1000),
    warning_lights             varchar(500),
    symptoms                   varchar(2000) not null,
    diagnosis                  varchar(1000),
    fault_reproduced           varchar(15)   not null check (fault_reproduced in ('YES', 'NO', 'TO_BE_OBSERVED')),
    safety_critical            boolean       not null,
    expected_minutes           int check (expected_minutes between 15 and 20160),
    promised_at                timestamptz,
    current_step               varchar(80),
    remaining_minutes          int,
    last_update_at             timestamptz,
    last_staff_update_at       timestamptz,
    checked_in_at              timestamptz   not null,
    estimate_sent_at           timestamptz,
    approved_at                timestamptz,
    dispatched_at              timestamptz,
    repair_started_at          timestamptz,
    ready_at                   timestamptz,
    delivered_at               timestamptz,
    cancelled_at               timestamptz,
    settlement_issued_at       timestamptz,
    settlement_acknowledged_at timestamptz,
    settlement_acknowledged_by uuid references account (id),
    next_service_due_date      date,
    next_service_due_km        int check (next_service_due_km between 0 and 5000000),
    -- What the jobs already raised: the promise a delay risk was raised for, and the dispatch / safety-start alerts.
    delay_risk_for             timestamptz,
    dispatch_alerted_at        timestamptz,
    start_alerted_at           timestamptz,
    last_seq                   int           not null default 0,
    created_by                 uuid          not null references account (id),
    constraint repair_order_reference_unique unique (reference),
    -- One visit per booking.
    constraint repair_order_one_per_appointment unique (appointment_id),
    -- Promised at approval, never before: no work starts before the customer has decided.
    constraint repair_order_promise_after_approval check (promised_at is null or approved_at is not null)
);
-- A car is in the workshop once at a time.
create unique index repair_order_one_open_per_vehicle on repair_order (vehicle_id)
    where status not in ('DELIVERED', 'CANCELLED');
create index repair_order_customer_idx on repair_order (customer_id, checked_in_at desc);
create index repair_order_open_idx on repair_order (promised_at) where status not in ('DELIVERED', 'CANCELLED');
create index repair_order_checked_in_idx on repair_order (checked_in_at);

-- The estimate (round 0) and every supplement found during the repair (round 1, 2, ...), item by item, with the
-- customer's decision on each: who decided, when.
create table estimate_item (
    id              uuid primary key,
    order_id        uuid          not null references repair_order (id),
    round           smallint      not null check (round >= 0),
    position        smallint      not null,
    kind            varchar(10)   not null check (kind in ('LABOUR', 'PART')),
    description     varchar(200)  not null,
    part_number     varchar(40),
    quantity        numeric(10, 2) not null check (quantity > 0),
    unit_price      numeric(12, 2) not null check (unit_price >= 0),
    necessity       varchar(10)   not null check (necessity in ('REQUIRED', 'OPTIONAL')),
    reason          varchar(500)  not null,
    decision        varchar(10)   not null check (decision in ('PENDING', 'APPROVED', 'DECLINED')),
    decided_at      timestamptz,
    decided_by      uuid references account (id),
    decided_by_name varchar(80),
    decided_by_role varchar(20),
    created_at      timestamptz   not null,
    created_by      uuid          not null references account (id),
    constraint estimate_item_decision_recorded check ((decision = 'PENDING') = (decided_at is null)),
    constraint estimate_item_position unique (order_id, round, position)
);
create index estimate_item_order_idx on estimate_item (order_id, round, position);

-- Every event of an order, in order. seq numbers the events of one order (the SSE id of its stream); id numbers
-- all events of the shop in commit order (the SSE id of the board stream). Writers take a transaction-scoped
-- advisory lock before drawing the id, so ids commit in order and a reader that has seen id n never misses n-1.
create table repair_event (
    id          bigint primary key,
    order_id    uuid        not null references repair_order (id),
    seq         int         not null check (seq > 0),
    at          timestamptz not null,
    type        varchar(30) not null,
    actor_id    varchar(40),
    actor_role  varchar(20),
    staff_only  boolean     not null,
    -- The event as clients receive it (RepairEventView as JSON), written once.
    payload     text        not null,
    constraint repair_event_seq_unique unique (order_id, seq)
);
create sequence repair_event_id_seq owned by repair_event.id;
create index repair_event_type_at_idx on repair_event (type, at);

-- Promised times and why they moved: the first promise is set at approval; every later one is a declared delay.
create table repair_delay (
    id                  uuid primary key,
    order_id            uuid         not null references repair_order (id),
    reason              varchar(30)  not null check (reason in ('PART_OUT_OF_STOCK', 'HIDDEN_FAULT', 'WORKLOAD',
                                         'EXTERNAL_SERVICE', 'OTHER')),
    detail              varchar(500) not null,
    previous_promised_at timestamptz not null,
    new_promised_at     timestamptz  not null,
    compensation        varchar(30)  not null check (compensation in ('FREE_WASH', 'EXTENDED_WARRANTY_MONTH', 'DISCOUNT',
                                         'OTHER', 'NONE')),
    compensation_detail varchar(200),
    declared_at         timestamptz  not null,
    declared_by         uuid         not null references account (id),
    constraint repair_delay_moves_later check (new_promised_at > previous_promised_at)
);
create index repair_delay_order_idx on repair_delay (order_id, declared_at);

-- What is billed at delivery, line by line against the approved estimate; every difference carries its reason.
create table settlement_line (
    id                uuid primary key,
    order_id          uuid           not null references repair_order (id),
    position          smallint       not null,
    item_id           uuid references estimate_item (id),
    kind              varchar(10)    not null check (kind in ('LABOUR', 'PART')),
    description       varchar(200)   not null,
    quantity          numeric(10, 2) not null check (quantity >= 0),
    unit_price        numeric(12, 2) not null check (unit_price >= 0),
    estimated_amount  numeric(12, 2),
    amount            numeric(12, 2) not null,
    difference_reason varchar(300),
    constraint settlement_line_position unique (order_id, position),
    constraint settlement_line_difference_explained check (
        difference_reason is not null or (estimated_amount is not null and amount = estimated_amount))
);

-- Photos and documents of an order; the bytes live in the blob store under storage_key.
create table attachment (
    id           uuid primary key,
    order_id     uuid         not null references repair_order (id),
    purpose      varchar(15)  not null check (purpose in ('CHECK_IN', 'PROGRESS', 'DOCUMENT')),
    content_type varchar(40)  not null,
    size_bytes   int          not null check (size_bytes > 0),
    sha256       char(64)     not null,
    storage_key  varchar(200) not null,
    file_name    varchar(200),
    uploaded_by  uuid         not null references account (id),
    uploaded_at  timestamptz  not null
);
create index attachment_order_idx on attachment (order_id, uploaded_at);

alter table notification add column repair_order_id uuid;

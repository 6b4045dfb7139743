-- Parts (配件): a catalogue with approved suppliers, a stock ledger whose rows are never changed, reservations for
-- approved order lines decided by the database, purchasing, receiving inspection and stock counts.
-- Single shop like every other table; every query is written so that a shop key could be added.

alter table account drop constraint account_role_check;
alter table account add constraint account_role_check check (role in ('CUSTOMER', 'ADVISOR', 'TECHNICIAN', 'TEAM_LEAD',
    'INSPECTOR', 'CUSTOMER_SERVICE', 'MANAGER', 'PARTS'));

create table supplier (
    id         uuid primary key,
    name       varchar(120) not null,
    name_en    varchar(120),
    phone      varchar(20),
    active     boolean      not null default true,
    created_at timestamptz  not null
);

create table part (
    id              uuid primary key,
    part_number     varchar(40)   not null,
    name_zh         varchar(120)  not null,
    name_en         varchar(120),
    brand           varchar(60)   not null,
    origin          varchar(10)   not null check (origin in ('GENUINE', 'CERTIFIED')),
    unit            varchar(10)   not null check (unit in ('PIECE', 'SET', 'LITRE', 'BOTTLE', 'METRE')),
    list_price      numeric(12, 2) not null check (list_price >= 0),
    min_stock       numeric(10, 2) not null default 0 check (min_stock >= 0),
    warranty_months smallint check (warranty_months > 0),
    warranty_km     integer check (warranty_km > 0),
    location        varchar(30),
    active          boolean       not null default true,
    created_at      timestamptz   not null,
    created_by      uuid references account (id),
    constraint part_number_unique unique (part_number)
);

create table part_supplier (
    part_id        uuid          not null references part (id),
    supplier_id    uuid          not null references supplier (id),
    lead_time_days smallint      not null check (lead_time_days > 0),
    purchase_price numeric(12, 2) not null check (purchase_price >= 0),
    preferred      boolean       not null default false,
    primary key (part_id, supplier_id)
);
create unique index part_supplier_one_preferred on part_supplier (part_id) where preferred;

-- The cache of the ledger's sums, kept by the trigger below; its checks are the last guard of a reservation.
create table stock_balance (
    part_id  uuid primary key references part (id),
    on_hand  numeric(10, 2) not null default 0 check (on_hand >= 0),
    reserved numeric(10, 2) not null default 0 check (reserved >= 0),
    constraint stock_balance_reserved_within_on_hand check (reserved <= on_hand)
);

create function pitstop_part_balance() returns trigger language plpgsql as $$
begin
    insert into stock_balance (part_id, on_hand, reserved) values (new.id, 0, 0);
    return null;
end;
$$;
create trigger part_balance after insert on part for each row execute function pitstop_part_balance();

create table part_demand (
    line_id      uuid primary key,
    order_id     uuid           not null,
    order_label  varchar(80)    not null,
    part_id      uuid           not null references part (id),
    quantity     numeric(10, 2) not null check (quantity > 0),
    asked_at     timestamptz    not null,
    requested_at timestamptz,
    state        varchar(10)    not null check (state in ('RESERVED', 'SHORT', 'ISSUED', 'RELEASED')),
    changed_at   timestamptz    not null
);
create index part_demand_order_idx on part_demand (order_id);
create index part_demand_short_idx on part_demand (part_id, asked_at) where state = 'SHORT';
create index part_demand_reserved_idx on part_demand (asked_at) where state = 'RESERVED';

create table purchase_order (
    id          uuid primary key,
    number      varchar(20)  not null,
    supplier_id uuid         not null references supplier (id),
    status      varchar(16)  not null check (status in ('DRAFT', 'SENT', 'PARTLY_RECEIVED', 'RECEIVED', 'CANCELLED')),
    expected_at timestamptz,
    created_at  timestamptz  not null,
    created_by  uuid         not null references account (id),
    sent_at     timestamptz,
    closed_at   timestamptz,
    note        varchar(500),
    constraint purchase_order_number_unique unique (number)
);
create index purchase_order_status_idx on purchase_order (status, created_at);

create table purchase_order_line (
    id                uuid primary key,
    purchase_order_id uuid           not null references purchase_order (id),
    position          smallint       not null,
    part_id           uuid           not null references part (id),
    quantity          numeric(10, 2) not null check (quantity > 0),
    unit_cost         numeric(12, 2) not null check (unit_cost >= 0),
    received          numeric(10, 2) not null default 0 check (received >= 0),
    rejected          numeric(10, 2) not null default 0 check (rejected >= 0),
    constraint purchase_order_line_received_within check (received <= quantity),
    constraint purchase_order_line_position_unique unique (purchase_order_id, position)
);
create index purchase_order_line_part_idx on purchase_order_line (part_id);

create table receipt (
    id                uuid primary key,
    purchase_order_id uuid         not null references purchase_order (id),
    received_at       timestamptz  not null,
    received_by       uuid         not null references account (id),
    inspector_id      uuid         not null references account (id),
    note              varchar(500)
);
create index receipt_po_idx on receipt (purchase_order_id);

create table receipt_line (
    id            uuid primary key,
    receipt_id    uuid           not null references receipt (id),
    po_line_id    uuid           not null references purchase_order_line (id),
    part_id       uuid           not null references part (id),
    arrived       numeric(10, 2) not null check (arrived > 0),
    passed        numeric(10, 2) not null check (passed >= 0),
    rejected      numeric(10, 2) not null check (rejected >= 0),
    reject_reason varchar(300),
    spec_ok       boolean        not null,
    model_ok      boolean        not null,
    quantity_ok   boolean        not null,
    genuine_ok    boolean        not null,
    packaging_ok  boolean        not null,
    constraint receipt_line_adds_up check (passed + rejected = arrived),
    constraint receipt_line_rejection_reason check (rejected = 0 or reject_reason is not null)
);

create table stock_count (
    id         uuid primary key,
    counted_at timestamptz not null,
    counted_by uuid        not null references account (id),
    note       varchar(500)
);

create table stock_count_line (
    count_id   uuid           not null references stock_count (id),
    part_id    uuid           not null references part (id),
    expected   numeric(10, 2) not null,
    counted    numeric(10, 2) not null check (counted >= 0),
    difference numeric(10, 2) not null,
    reason     varchar(300),
    primary key (count_id, part_id),
    constraint stock_count_line_difference check (difference = counted - expected),
    constraint stock_count_line_reason check (difference = 0 or reason is not null)
);

-- The ledger: one row per movement, never updated or deleted. on-hand = sum(on_hand_delta),
-- reserved = sum(reserved_delta). Each kind has its sign, checked here.
create table stock_movement (
    id                bigint generated always as identity primary key,
    part_id           uuid           not null references part (id),
    at                timestamptz    not null,
    kind              varchar(10)    not null check (kind in ('RECEIVED', 'RESERVED', 'RELEASED', 'ISSUED', 'RETURNED',
                                                              'SCRAPPED', 'COUNTED')),
    on_hand_delta     numeric(10, 2) not null,
    reserved_delta    numeric(10, 2) not null,
    order_id          uuid,
    line_id           uuid,
    purchase_order_id uuid references purchase_order (id),
    receipt_id        uuid references receipt (id),
    count_id          uuid references stock_count (id),
    unit_cost         numeric(12, 2),
    reason            varchar(300),
    actor_id          uuid references account (id),
    constraint stock_movement_deltas check (case kind
        when 'RECEIVED' then on_hand_delta > 0 and reserved_delta = 0 and receipt_id is not null
        when 'RESERVED' then on_hand_delta = 0 and reserved_delta > 0 and line_id is not null
        when 'RELEASED' then on_hand_delta = 0 and reserved_delta < 0 and line_id is not null
        when 'ISSUED' then on_hand_delta < 0 and reserved_delta = on_hand_delta and line_id is not null
        when 'RETURNED' then on_hand_delta > 0 and reserved_delta = 0 and line_id is not null and reason is not null
        when 'SCRAPPED' then on_hand_delta < 0 and reserved_delta = 0 and reason is not null
        when 'COUNTED' then reserved_delta = 0 and count_id is not null and (on_hand_delta = 0 or reason is not null)
        end)
);
create index stock_movement_part_idx on stock_movement (part_id, id);
create index stock_movement_line_idx on stock_movement (line_id) where line_id is not null;

create function pitstop_stock_movement_apply() returns trigger language plpgsql as $$
begin
    update stock_balance set on_hand = on_hand + new.on_hand_delta, reserved = reserved + new.reserved_delta
     where part_id = new.part_id;
    if not found then
        raise exception 'no stock balance for part %', new.part_id;
    end if;
    return null;
end;
$$;
create trigger stock_movement_apply after insert on stock_movement
    for each row execute function pitstop_stock_movement_apply();

create function pitstop_stock_movement_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'stock_movement rows are never changed or deleted (a correction is a new movement)'
        using errcode = 'P0001';
end;
$$;
create trigger stock_movement_immutable before update or delete on stock_movement
    for each row execute function pitstop_stock_movement_immutable();
create trigger stock_movement_no_truncate before truncate on stock_movement
    for each statement execute function pitstop_stock_movement_immutable();

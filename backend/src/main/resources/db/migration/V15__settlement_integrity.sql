-- Settlement integrity (issue 12.3): a line that was never approved waits for the owner like a supplement; what
-- each line is guaranteed for is fixed when it is billed; the owner's drawn signature is kept with the order; and a
-- signed settlement cannot change (the database refuses it too) until the advisor reopens it, which clears the
-- signature.

alter table settlement_line
    add column decision        varchar(10) not null default 'APPROVED' check (decision in ('PENDING', 'APPROVED', 'DECLINED')),
    add column decided_at      timestamptz,
    add column decided_by      uuid references account (id),
    add column decided_by_name varchar(80),
    add column decided_by_role varchar(20),
    add column warranty_months smallint check (warranty_months >= 0),
    add column warranty_km     integer check (warranty_km >= 0),
    -- A line billing an approved estimate item was approved on the estimate; only new lines wait for the owner.
    add constraint settlement_line_estimated_is_approved check (item_id is null or decision = 'APPROVED');

alter table repair_order
    add column settlement_signature_key    varchar(200),
    add column settlement_signature_sha256 char(64),
    add constraint repair_order_signature_signed check (settlement_signature_key is null or settlement_acknowledged_at is not null);

-- Money received at hand-over, and later refunds against it (kind), each with the invoice it belongs to.
create table settlement_payment (
    id                uuid primary key,
    order_id          uuid           not null references repair_order (id),
    kind              varchar(10)    not null check (kind in ('PAYMENT', 'REFUND')),
    method            varchar(20)    not null check (method in ('CASH', 'CARD', 'WECHAT_PAY', 'ALIPAY', 'BANK_TRANSFER', 'OTHER')),
    amount            numeric(12, 2) not null check (amount >= 0),
    settlement_total  numeric(12, 2) not null,
    difference_reason varchar(300),
    invoice_number    varchar(40)    not null,
    recorded_at       timestamptz    not null,
    recorded_by       uuid           not null references account (id),
    constraint settlement_payment_difference_explained check (
        kind <> 'PAYMENT' or amount = settlement_total or difference_reason is not null)
);
create unique index settlement_payment_one_per_order on settlement_payment (order_id) where kind = 'PAYMENT';

-- The lock the use cases keep under the order's row lock, kept by the database as well: no line of a signed
-- settlement is added, changed or removed.
create function settlement_line_unsigned() returns trigger language plpgsql as $$
declare
    target uuid;
begin
    if tg_op = 'DELETE' then
        target := old.order_id;
    else
        target := new.order_id;
    end if;
    if exists (select 1 from repair_order where id = target and settlement_acknowledged_at is not null)
        or (tg_op = 'UPDATE' and old.order_id <> new.order_id
            and exists (select 1 from repair_order where id = old.order_id and settlement_acknowledged_at is not null)) then
        raise exception 'the settlement of order % is signed: reopen it first', target using errcode = 'check_violation';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;

create trigger settlement_line_signed_is_locked
    before insert or update or delete on settlement_line
    for each row execute function settlement_line_unsigned();

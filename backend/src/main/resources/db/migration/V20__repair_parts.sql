-- Repair side of the parts desk (issue 14): estimate and settlement lines may name a catalogue part (a PART line
-- without one is sublet or free text); an order waiting for parts remembers the status it goes back to once they
-- arrive; the hand-over records what became of the old part of every catalogue line. Repair's code never reads the
-- parts tables: the foreign keys only keep a line from naming a part that does not exist.

alter table estimate_item
    add column part_id uuid references part (id),
    add constraint estimate_item_part_is_a_part check (part_id is null or kind = 'PART');

alter table settlement_line
    add column part_id  uuid references part (id),
    add column old_part varchar(20) check (old_part in ('SHOWN_TO_OWNER', 'TAKEN_BY_OWNER', 'KEPT_FOR_CLAIM')),
    add constraint settlement_line_part_is_a_part check (part_id is null or kind = 'PART'),
    add constraint settlement_line_old_part_of_a_catalogue_line check (old_part is null or part_id is not null);

alter table repair_order
    add column waiting_from varchar(20) check (waiting_from in ('APPROVED', 'DISPATCHED', 'IN_REPAIR')),
    add constraint repair_order_waiting_from_while_waiting check (waiting_from is null or status = 'WAITING_PARTS');

-- A signed settlement stays locked, except for the one thing the hand-over writes after the signature: what became of
-- the old part. Any other change of a signed line is refused as before.
create or replace function settlement_line_unsigned() returns trigger language plpgsql as $$
declare
    target uuid;
begin
    if tg_op = 'UPDATE' and (to_jsonb(new) - 'old_part') = (to_jsonb(old) - 'old_part') then
        return new;
    end if;
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

-- A year of a busy shop, for the indicator benchmark (KpiBenchmarkTest): 60 orders a day, each booked ahead (85 %)
-- or a walk-in, with the events, delays, quality checks, estimates and settlements, ratings, follow-up calls and
-- complaints a real year has, in plausible proportions. Written straight to the tables (set-based, in seconds),
-- ending yesterday, so that every time limit of the year has run out. Everything it adds is marked 'GEN' in its
-- reference or phone, on bays and people of its own.
--
-- Parameters (replaced by the benchmark): :days (365), :per_day (60), :'gen' (a run tag of 4 letters), :'gen_digits'
-- (4 digits of the same run), :'service_type' (an existing service type).

create temporary table gen_staff as
select gen_random_uuid() as id, r.role, r.n
from (select 'ADVISOR' as role, generate_series(1, 4) as n
      union all select 'TECHNICIAN', generate_series(1, 6)
      union all select 'CUSTOMER_SERVICE', generate_series(1, 2)) r;

insert into account (id, phone, name, role, password_hash, active, created_at)
select s.id, '+1999' || :'gen_digits' || lpad(row_number() over ()::text, 6, '0'), 'GEN ' || lower(s.role) || ' ' || s.n, s.role,
       null, true, now()
from gen_staff s;

-- Bays of their own, one per order of a day, so that generated bookings never overlap a real one.
create temporary table gen_bay as
select gen_random_uuid() as id, n from generate_series(1, :per_day) n;
insert into bay (id, code, name, skills, active)
select id, 'G' || :'gen' || lpad(n::text, 3, '0'), 'GEN bay ' || n, 'GENERAL_SERVICE', false from gen_bay;

-- Customers and their cars: about three visits per car over the year.
create temporary table gen_car as
select gen_random_uuid() as customer_id, gen_random_uuid() as vehicle_id, n
from generate_series(1, greatest(1, :days * :per_day / 3)) n;
create index on gen_car (n);
insert into account (id, phone, name, role, password_hash, active, created_at)
select customer_id, '+1888' || :'gen_digits' || lpad(n::text, 7, '0'), 'GEN customer ' || n, 'CUSTOMER', null, true, now()
from gen_car;
insert into vehicle (id, customer_id, plate, vin, make, model, model_year, mileage_km, created_at, created_by)
select vehicle_id, customer_id, 'G' || :'gen' || lpad(n::text, 5, '0'), upper(substr(md5(vehicle_id::text), 1, 17)),
       'GEN', 'Car', 2020, 30000, now(), customer_id
from gen_car;

-- The orders of the year: when each step happened, and what went wrong with it.
create temporary table gen_order as
with o as (
  select d, k,
         (date_trunc('day', now() at time zone 'Asia/Shanghai') - make_interval(days => :days - d)) at time zone 'Asia/Shanghai'
           + interval '8 hours 30 minutes' + (k * 8) * interval '1 minute' as checked_in_at,
         random() as r_kind, random() as r_qc, random() as r_delay, random() as r_late, random() as r_rate,
         random() as r_call, random() as r_complaint, random() as r_time, random() as r_cancel
  from generate_series(1, :days) d, generate_series(1, :per_day) k)
select gen_random_uuid() as id, d, k,
       'G' || :'gen' || to_char(d, 'FM000') || to_char(k, 'FM00') as reference,
       (select vehicle_id from gen_car c where c.n = 1 + ((d * :per_day + k) % greatest(1, :days * :per_day / 3))) as vehicle_id,
       (select customer_id from gen_car c where c.n = 1 + ((d * :per_day + k) % greatest(1, :days * :per_day / 3))) as customer_id,
       (select id from gen_staff s where s.role = 'ADVISOR' and s.n = 1 + k % 4) as advisor_id,
       (select id from gen_staff s where s.role = 'TECHNICIAN' and s.n = 1 + k % 6) as technician_id,
       (select id from gen_staff s where s.role = 'CUSTOMER_SERVICE' and s.n = 1 + k % 2) as agent_id,
       (select id from gen_bay b where b.n = k) as bay_id,
       checked_in_at,
       r_kind < 0.85 as booked,
       r_kind > 0.97 as safety,
       case when r_time < 0.3 then 240 when r_time < 0.6 then 120 else 60 end as expected,
       r_cancel < 0.01 as cancelled,
       r_qc < 0.08 as qc_failed,
       case when r_delay < 0.02 then 2 when r_delay < 0.12 then 1 else 0 end as delays,
       r_late, r_rate, r_call, r_complaint, r_time
from o;

alter table gen_order add column approved_at timestamptz, add column dispatched_at timestamptz,
    add column started_at timestamptz, add column ready_at timestamptz, add column delivered_at timestamptz,
    add column promised_at timestamptz, add column first_promise timestamptz;
update gen_order set
    approved_at = checked_in_at + interval '20 minutes',
    dispatched_at = checked_in_at + interval '20 minutes' + (case when r_late < 0.05 then 9 else 3 end) * interval '1 minute',
    started_at = checked_in_at + interval '40 minutes';
update gen_order set
    first_promise = started_at + expected * interval '1 minute' + interval '30 minutes',
    ready_at = started_at + expected * interval '1 minute' * (case when r_late < 0.15 then 1.4 else 0.9 end)
               + case when qc_failed then interval '30 minutes' else interval '0 minutes' end;
update gen_order set
    promised_at = first_promise + delays * interval '1 hour',
    delivered_at = ready_at + interval '45 minutes';

-- Bookings: the booked orders, made 1-5 days ahead, confirmed by the advisor within minutes (sometimes late).
insert into appointment (id, reference, customer_id, vehicle_id, service_type, bay_id, starts_at, ends_at, status, emergency,
                         channel, fault_description, advisor_id, booked_by, confirm_by, created_at, confirmed_at)
select id, reference, customer_id, vehicle_id, :'service_type', bay_id, checked_in_at, checked_in_at + interval '1 hour',
       case when cancelled then 'CANCELLED' else 'CHECKED_IN' end, safety, 'APP', 'GEN', advisor_id, customer_id::text,
       checked_in_at - (1 + d % 5) * interval '1 day' + interval '15 minutes',
       checked_in_at - (1 + d % 5) * interval '1 day',
       checked_in_at - (1 + d % 5) * interval '1 day' + (case when r_late < 0.07 then 25 else 4 + k % 9 end) * interval '1 minute'
from gen_order where booked;
insert into appointment_event (appointment_id, at, actor_id, actor_role, type, to_status)
select id, checked_in_at - (1 + d % 5) * interval '1 day', customer_id::text, 'CUSTOMER', 'BOOKED', 'REQUESTED'
from gen_order where booked;
insert into appointment_event (appointment_id, at, actor_id, actor_role, type, from_status, to_status)
select id, checked_in_at - (1 + d % 5) * interval '1 day' + (case when r_late < 0.07 then 25 else 4 + k % 9 end) * interval '1 minute',
       advisor_id::text, 'ADVISOR', 'CONFIRMED', 'REQUESTED', 'CONFIRMED'
from gen_order where booked;
insert into appointment_event (appointment_id, at, actor_id, actor_role, type, from_status, to_status)
select id, checked_in_at, advisor_id::text, 'ADVISOR', case when cancelled then 'CANCELLED' else 'CHECKED_IN' end,
       'CONFIRMED', case when cancelled then 'CANCELLED' else 'CHECKED_IN' end
from gen_order where booked;

-- The orders themselves.
insert into repair_order (id, reference, appointment_id, customer_id, vehicle_id, advisor_id, technician_id, status, mileage_km,
                          fuel_level, symptoms, fault_reproduced, safety_critical, expected_minutes, promised_at, checked_in_at,
                          approved_at, dispatched_at, repair_started_at, ready_at, delivered_at, cancelled_at, created_by)
select id, reference, case when booked and not cancelled then id end, customer_id, vehicle_id, advisor_id,
       case when cancelled then null else technician_id end,
       case when cancelled then 'CANCELLED' else 'DELIVERED' end, 30000, 'HALF', 'GEN', 'YES', safety, expected,
       case when cancelled then null else promised_at end, checked_in_at, approved_at,
       case when cancelled then null else dispatched_at end, case when cancelled then null else started_at end,
       case when cancelled then null else ready_at end, case when cancelled then null else delivered_at end,
       case when cancelled then approved_at + interval '1 hour' end, advisor_id
from gen_order
where not (booked and cancelled);

-- Their events, in order.
create temporary table gen_event as
select o.id as order_id, e.at, e.type
from gen_order o
cross join lateral (values
    (o.checked_in_at, 'CHECKED_IN'), (o.approved_at, 'APPROVED'), (o.dispatched_at, 'DISPATCHED'),
    (o.started_at, 'REPAIR_STARTED'),
    (o.started_at + interval '50 minutes', 'UPDATE'),
    (case when o.expected > 60 then o.started_at + interval '110 minutes' end, 'UPDATE'),
    (case when o.expected > 120 and o.r_late > 0.3 then o.started_at + interval '170 minutes' end, 'UPDATE'),
    (case when o.qc_failed then o.ready_at - interval '45 minutes' end, 'QUALITY_CHECK'),
    (case when o.qc_failed then o.ready_at - interval '40 minutes' end, 'QC_FAILED'),
    (o.ready_at - interval '10 minutes', 'QUALITY_CHECK'),
    (o.ready_at, 'READY'), (o.ready_at + interval '5 minutes', 'SETTLEMENT_ISSUED'),
    (case when o.r_rate > 0.96 then o.ready_at + interval '20 minutes' end, 'SETTLEMENT_ISSUED'),
    (o.delivered_at, 'DELIVERED')) e(at, type)
where not o.cancelled and e.at is not null and not (o.booked and o.cancelled);
insert into repair_event (id, order_id, seq, at, type, staff_only, payload)
select nextval('repair_event_id_seq'), order_id, row_number() over (partition by order_id order by at, type), at, type, false, '{}'
from gen_event;

-- Delays: declared an hour or two before the promise (sometimes too late), one hour each.
insert into repair_delay (id, order_id, reason, detail, previous_promised_at, new_promised_at, compensation, declared_at, declared_by)
select gen_random_uuid(), o.id, 'PART_OUT_OF_STOCK', 'GEN', o.first_promise + (n - 1) * interval '1 hour',
       o.first_promise + n * interval '1 hour', 'FREE_WASH',
       o.first_promise + (n - 1) * interval '1 hour' - (case when o.r_late < 0.3 then 10 else 70 end) * interval '1 minute',
       o.advisor_id
from gen_order o cross join lateral generate_series(1, o.delays) n
where not o.cancelled;

-- Estimates: a required labour item, a required part, an optional item the owner approves half the time.
insert into estimate_item (id, order_id, round, position, kind, description, quantity, unit_price, necessity, reason, decision,
                           decided_at, created_at, created_by)
select gen_random_uuid(), o.id, 0, p.position, p.kind, 'GEN', p.quantity, p.price, p.necessity, 'GEN',
       case when p.necessity = 'OPTIONAL' and o.r_rate < 0.5 then 'DECLINED' else 'APPROVED' end,
       o.approved_at, o.checked_in_at + interval '10 minutes', o.advisor_id
from gen_order o cross join lateral (values
    (0, 'LABOUR', o.expected / 60.0, 300, 'REQUIRED'), (1, 'PART', 1, 450, 'REQUIRED'), (2, 'LABOUR', 0.5, 300, 'OPTIONAL'))
    p(position, kind, quantity, price, necessity)
where not (o.booked and o.cancelled);
insert into settlement_line (id, order_id, position, item_id, kind, description, quantity, unit_price, estimated_amount, amount,
                             difference_reason)
select gen_random_uuid(), i.order_id, i.position, i.id, i.kind, i.description, i.quantity, i.unit_price,
       i.quantity * i.unit_price, i.quantity * i.unit_price, null
from estimate_item i join gen_order o on o.id = i.order_id
where i.decision = 'APPROVED' and not o.cancelled;

-- Ratings (70 % of visits), follow-up calls (every visit), complaints (about 2 per 100 orders).
insert into rating (order_id, customer_id, advisor_id, technician_id, overall, attitude, professionalism, speed, price_fairness,
                    score, low, created_at, updated_at, editable_until)
select o.id, o.customer_id, o.advisor_id, o.technician_id, s.v, s.v, 5, s.v, 4, (s.v * 3 + 9 - 5) * 5.0, s.v <= 2,
       o.delivered_at + interval '2 hours', o.delivered_at + interval '2 hours', o.delivered_at + interval '26 hours'
from gen_order o cross join lateral (select case when o.r_rate < 0.05 then 2 when o.r_rate < 0.35 then 4 else 5 end as v) s
where not o.cancelled and o.r_rate < 0.7;
insert into follow_up_call (id, order_id, customer_id, assignee_id, status, available_from, due_at, attempts, next_attempt_on,
                            problem, problem_owner_id, problem_due_at, problem_resolved_at, created_at, completed_at)
select gen_random_uuid(), o.id, o.customer_id, o.agent_id,
       case when o.r_call < 0.85 then 'DONE' when o.r_call < 0.93 then 'UNREACHABLE' else 'PROBLEM' end,
       o.delivered_at + interval '3 days', o.delivered_at + interval '7 days', 1, (o.delivered_at + interval '3 days')::date,
       case when o.r_call >= 0.93 then 'GEN' end, case when o.r_call >= 0.93 then o.agent_id end,
       case when o.r_call >= 0.93 then o.delivered_at + interval '8 days' end,
       case when o.r_call >= 0.93 then o.delivered_at + (case when o.r_call > 0.98 then 10 else 6 end) * interval '1 day' end,
       o.delivered_at + interval '3 days', o.delivered_at + interval '4 days'
from gen_order o where not o.cancelled;
insert into complaint (id, number, customer_id, order_id, channel, category, priority, suggested_priority, team, owner_id, status,
                       content, created_at, created_by, answered_at, resolved_at, closed_at, answer_due_at, resolve_due_at,
                       satisfaction)
select gen_random_uuid(), 'GEN-' || o.reference, o.customer_id, o.id, 'APP',
       case when o.r_complaint < 0.008 then 'TECHNICAL' else 'ATTITUDE' end, 'MEDIUM', 'MEDIUM', 'CUSTOMER_RELATIONS',
       o.agent_id, 'CLOSED', 'GEN', o.delivered_at + interval '1 day', o.customer_id,
       o.delivered_at + interval '1 day' + (case when o.r_late < 0.1 then 30 else 3 end) * interval '1 hour',
       o.delivered_at + interval '1 day' + (case when o.r_late < 0.1 then 60 else 20 end) * interval '1 hour',
       o.delivered_at + interval '4 days',
       o.delivered_at + interval '2 days', o.delivered_at + interval '3 days', 3 + o.k % 3
from gen_order o where not o.cancelled and o.r_complaint < 0.02;

analyze;

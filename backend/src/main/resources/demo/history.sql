-- The demo shop's past: ${days} days of ${per_day} orders a day ending yesterday, so that every indicator, chart,
-- drill-down and appraisal of the manager's desk shows something real on the first start. Set-based (a second or
-- two), on the demo's own staff and bays, with customers and cars of its own (phones 137..., plates 沪N-沪Y).
-- Proportions are those of a decent shop with room to improve: most bookings confirmed in minutes, a few late; 8 %
-- of quality checks failed; 1 in 10 orders delayed, most announced in time; 70 % of deliveries rated; follow-up
-- calls reaching 9 in 10; one complaint in 40 orders (every 40th: a month of the desk always has some). The last three days are walk-ins only, so that no
-- booking here meets one of the demo's calendar (which starts three days ago). Recent follow-up calls are still
-- open, and complaints of the last five days are not filed yet.
--
-- Placeholders (replaced by DemoHistory): ${days}, ${per_day}, ${now} (a timestamptz literal), ${zone}.
create temporary table h_staff on commit drop as
select id, role, (row_number() over (partition by role order by phone))::int - 1 as n,
       count(*) over (partition by role) as of_role
from account where role in ('ADVISOR', 'TECHNICIAN', 'TEAM_LEAD', 'INSPECTOR', 'CUSTOMER_SERVICE') and active;

create temporary table h_bay on commit drop as
select id, (row_number() over (order by code))::int - 1 as n, count(*) over () as bays from bay where active;

create temporary table h_type on commit drop as
select code, name_zh, duration_minutes from service_type where active and duration_minutes <= 240;

create temporary table h_car on commit drop as
select gen_random_uuid() as customer_id, gen_random_uuid() as vehicle_id, n
from generate_series(1, greatest(1, ${days} * ${per_day} / 3)) n;

insert into account (id, phone, name, role, password_hash, active, created_at)
select customer_id, '137' || lpad(n::text, 8, '0'),
       (array['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','林','罗','高'])[1 + n % 20]
         || (array['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀英','华','慧'])[1 + (n / 20) % 20],
       'CUSTOMER', null, true, ${now} - interval '400 days'
from h_car;
insert into vehicle (id, customer_id, plate, vin, make, model, model_year, mileage_km, created_at, created_by)
select vehicle_id, customer_id, '沪' || chr(78 + n % 12) || lpad(((n * 7919) % 100000)::text, 5, '0'),
       'LH' || upper(substr(md5(vehicle_id::text), 1, 15)),
       (array['大众', '丰田', '本田', '别克', '比亚迪', '奥迪'])[1 + n % 6],
       (array['帕萨特', '凯美瑞', '雅阁', '君越', '汉 EV', 'A4L'])[1 + n % 6],
       2016 + n % 9, 8000 + (n * 3779) % 90000, ${now} - interval '400 days', customer_id
from h_car;

-- The orders: when each step happened, and what went wrong with it.
create temporary table h_order on commit drop as
-- Every step lies inside the shop's opening hours of its day: cars come in from ten minutes after opening, a few
-- minutes apart, and each gets a service that can be done, checked (twice when it fails) and handed over, delays
-- included, before closing — long jobs in the morning, short ones later.
with days as (
  select d, local_day, extract(epoch from coalesce(h.opens, time '08:30')) / 60 as opens_min,
         extract(epoch from coalesce(h.closes, time '18:00') - coalesce(h.opens, time '08:30')) / 60 as open_minutes
  from generate_series(1, ${days}) d
  cross join lateral (select date_trunc('day', ${now} at time zone ${zone}) - make_interval(days => ${days} + 1 - d) as local_day) l
  left join opening_hours h on h.day_of_week = extract(isodow from l.local_day)),
o0 as (
  select d, k, open_minutes, minute_of_day,
         local_day at time zone ${zone} + (opens_min + minute_of_day) * interval '1 minute' as checked_in_at,
         random() as r_kind, random() as r_qc, random() as r_delay, random() as r_late, random() as r_rate,
         random() as r_call, random() as r_time, random() as r_cancel, random() as r_mood
  from days, generate_series(0, ${per_day} - 1) k,
       -- cars come in from ten minutes after opening, a few minutes apart
       lateral (select 10 + greatest(5, least(20, (open_minutes - 180) / ${per_day})) * k as minute_of_day) m),
o as (
  select o0.*, case when r_delay < 0.02 then 2 when r_delay < 0.11 then 1 else 0 end as delay_count,
         -- what is left of the day after reception, a late start, a failed check, the hand-over and the delays
         open_minutes - minute_of_day - 150 - (case when r_delay < 0.02 then 2 when r_delay < 0.11 then 1 else 0 end) * 60 as room
  from o0)
select gen_random_uuid() as id, d, k,
       'RO-H' || to_char(d, 'FM000') || to_char(k, 'FM00') as reference,
       'BK-H' || to_char(d, 'FM000') || to_char(k, 'FM00') as booking_reference,
       c.vehicle_id, c.customer_id,
       (select id from h_staff s where s.role = 'ADVISOR' and s.n = k % s.of_role) as advisor_id,
       (select id from h_staff s where s.role = 'TECHNICIAN' and s.n = (k + d) % s.of_role) as technician_id,
       (select id from h_staff s where s.role = 'TEAM_LEAD' and s.n = 0) as lead_id,
       (select id from h_staff s where s.role = 'INSPECTOR' and s.n = 0) as inspector_id,
       (select id from h_staff s where s.role = 'CUSTOMER_SERVICE' and s.n = k % s.of_role) as agent_id,
       (select id from h_bay b where b.n = k % b.bays) as bay_id,
       t.code as service_type, t.name_zh as service_name, t.duration_minutes as expected,
       checked_in_at,
       r_kind < 0.8 and d <= ${days} - 3 as booked,
       r_kind > 0.97 as safety,
       r_kind >= 0.76 and r_kind < 0.8 as emergency,
       r_cancel < 0.015 as cancelled,
       -- Technicians differ: the second one's checks fail more often, and he is slower.
       r_qc < case when (k + d) % 2 = 1 then 0.13 else 0.05 end as qc_failed,
       delay_count as delays,
       r_late, r_rate, r_call, r_mood, (d * ${per_day} + k) % 40 = 13 as complained, ((d * ${per_day} + k) / 40) % 3 as complaint_kind
from o
join h_car c on c.n = 1 + ((o.d * ${per_day} + o.k) % greatest(1, ${days} * ${per_day} / 3))
cross join lateral (
  select f.code, f.name_zh, f.duration_minutes from (
    select t.*, (row_number() over (order by t.duration_minutes, t.code))::int - 1 as i, count(*) over () as c
    from h_type t
    where t.duration_minutes * 1.5 <= greatest(o.room, (select min(duration_minutes) * 1.5 from h_type))) f
  where f.i = (o.k * 7 + o.d) % f.c) t;

alter table h_order add column approved_at timestamptz, add column dispatched_at timestamptz,
    add column started_at timestamptz, add column ready_at timestamptz, add column delivered_at timestamptz,
    add column promised_at timestamptz, add column first_promise timestamptz;
update h_order set
    approved_at = checked_in_at + interval '18 minutes',
    dispatched_at = checked_in_at + interval '18 minutes' + (case when r_late < 0.06 then 8 else 2 + k % 3 end) * interval '1 minute',
    started_at = checked_in_at + interval '18 minutes' + (case when r_late < 0.06 then 40 else 12 end) * interval '1 minute';
update h_order set
    first_promise = started_at + expected * interval '1 minute' + interval '30 minutes',
    ready_at = started_at + expected * interval '1 minute' * (case when r_late < 0.12 then 1.5 when (k + d) % 2 = 1 then 1.05 else 0.9 end)
               + case when qc_failed then interval '40 minutes' else interval '0 minutes' end;
update h_order set
    promised_at = first_promise + delays * interval '1 hour',
    delivered_at = ready_at + interval '15 minutes' + (k % 4) * interval '5 minutes';

-- Bookings: made 1-6 days ahead during opening hours, confirmed within minutes, sometimes late.
insert into appointment (id, reference, customer_id, vehicle_id, service_type, bay_id, starts_at, ends_at, status, emergency,
                         channel, fault_description, advisor_id, booked_by, confirm_by, created_at, confirmed_at)
select id, booking_reference, customer_id, vehicle_id, service_type, bay_id, checked_in_at, checked_in_at + interval '30 minutes',
       case when cancelled then 'CANCELLED' else 'CHECKED_IN' end, emergency, case when k % 5 = 0 then 'PHONE' else 'APP' end,
       service_name, advisor_id, customer_id::text,
       checked_in_at - (1 + d % 6) * interval '1 day' + interval '30 minutes' + interval '15 minutes',
       checked_in_at - (1 + d % 6) * interval '1 day' + interval '30 minutes',
       checked_in_at - (1 + d % 6) * interval '1 day' + interval '30 minutes' + (case when r_late < 0.08 then 26 else 3 + k % 9 end) * interval '1 minute'
from h_order where booked;
insert into appointment_event (appointment_id, at, actor_id, actor_role, type, to_status)
select id, checked_in_at - (1 + d % 6) * interval '1 day' + interval '30 minutes', customer_id::text, 'CUSTOMER', 'BOOKED', 'REQUESTED'
from h_order where booked;
insert into appointment_event (appointment_id, at, actor_id, actor_role, type, from_status, to_status)
select id, checked_in_at - (1 + d % 6) * interval '1 day' + interval '30 minutes' + (case when r_late < 0.08 then 26 else 3 + k % 9 end) * interval '1 minute',
       advisor_id::text, 'ADVISOR', 'CONFIRMED', 'REQUESTED', 'CONFIRMED'
from h_order where booked;
insert into appointment_event (appointment_id, at, actor_id, actor_role, type, from_status, to_status)
select id, checked_in_at, advisor_id::text, 'ADVISOR', case when cancelled then 'CANCELLED' else 'CHECKED_IN' end,
       'CONFIRMED', case when cancelled then 'CANCELLED' else 'CHECKED_IN' end
from h_order where booked;

-- The orders themselves.
insert into repair_order (id, reference, appointment_id, customer_id, vehicle_id, advisor_id, technician_id, status, mileage_km,
                          fuel_level, symptoms, fault_reproduced, safety_critical, expected_minutes, promised_at, checked_in_at,
                          approved_at, dispatched_at, repair_started_at, ready_at, delivered_at, cancelled_at, created_by)
select id, reference, case when booked then id end, customer_id, vehicle_id, advisor_id,
       case when cancelled then null else technician_id end,
       case when cancelled then 'CANCELLED' else 'DELIVERED' end, 8000 + (k * 3779 + d * 97) % 90000,
       (array['QUARTER', 'HALF', 'THREE_QUARTERS', 'FULL'])[1 + k % 4], service_name, 'YES', safety, expected,
       case when cancelled then null else promised_at end, checked_in_at, approved_at,
       case when cancelled then null else dispatched_at end, case when cancelled then null else started_at end,
       case when cancelled then null else ready_at end, case when cancelled then null else delivered_at end,
       case when cancelled then approved_at + interval '1 hour' end, advisor_id
from h_order
where not (booked and cancelled);

-- Their events, in order, as clients receive them (the payload is the event's view).
create temporary table h_event on commit drop as
select o.id as order_id, o.reference, e.at, e.type, e.status, e.actor_id, e.actor_role, e.message, e.amount
from h_order o
cross join lateral (values
    (o.checked_in_at, 'CHECKED_IN', 'CHECKED_IN', o.advisor_id, 'ADVISOR', null, null::numeric),
    (o.checked_in_at + interval '8 minutes', 'ESTIMATE_SENT', 'AWAITING_APPROVAL', o.advisor_id, 'ADVISOR', null, o.expected / 60.0 * 300 + 450),
    (o.approved_at, 'APPROVED', 'APPROVED', o.customer_id, 'CUSTOMER', null, null),
    (o.dispatched_at, 'DISPATCHED', 'DISPATCHED', o.lead_id, 'TEAM_LEAD', null, null),
    (o.started_at, 'REPAIR_STARTED', 'IN_REPAIR', o.technician_id, 'TECHNICIAN', null, null),
    (o.started_at + interval '50 minutes', 'UPDATE', 'IN_REPAIR', o.technician_id, 'TECHNICIAN', '检查完毕，正在按项目施工', null),
    (case when o.expected > 60 then o.started_at + interval '110 minutes' end, 'UPDATE', 'IN_REPAIR', o.technician_id, 'TECHNICIAN',
     '主要项目已完成一半，进度正常', null),
    (case when o.expected > 120 and o.r_late > 0.3 then o.started_at + interval '170 minutes' end, 'UPDATE', 'IN_REPAIR',
     o.technician_id, 'TECHNICIAN', '收尾中，准备质检', null),
    (case when o.qc_failed then o.ready_at - interval '55 minutes' end, 'QUALITY_CHECK', 'QUALITY_CHECK', o.technician_id, 'TECHNICIAN', null, null),
    (case when o.qc_failed then o.ready_at - interval '50 minutes' end, 'QC_FAILED', 'IN_REPAIR', o.inspector_id, 'INSPECTOR',
     '复检未通过：螺栓扭矩不足，返工', null),
    (o.ready_at - interval '10 minutes', 'QUALITY_CHECK', 'QUALITY_CHECK', o.technician_id, 'TECHNICIAN', null, null),
    (o.ready_at, 'READY', 'READY', o.inspector_id, 'INSPECTOR', null, null),
    (o.ready_at + interval '5 minutes', 'SETTLEMENT_ISSUED', 'READY', o.advisor_id, 'ADVISOR', null, o.expected / 60.0 * 300 + 450),
    (case when o.r_mood < 0.04 then o.ready_at + interval '20 minutes' end, 'SETTLEMENT_ISSUED', 'READY', o.advisor_id, 'ADVISOR',
     null, o.expected / 60.0 * 300 + 400),
    (o.delivered_at, 'DELIVERED', 'DELIVERED', o.advisor_id, 'ADVISOR', null, null)) e(at, type, status, actor_id, actor_role, message, amount)
where not o.cancelled and e.at is not null and not (o.booked and o.cancelled);
insert into h_event (order_id, reference, at, type, status, actor_id, actor_role, message)
select o.id, o.reference, o.approved_at + interval '1 hour', 'CANCELLED', 'CANCELLED', o.advisor_id, 'ADVISOR', '客户临时有事，改日再来'
from h_order o where o.cancelled and not o.booked;
insert into h_event (order_id, reference, at, type, status, actor_id, actor_role)
select o.id, o.reference, o.checked_in_at, 'CHECKED_IN', 'CHECKED_IN', o.advisor_id, 'ADVISOR'
from h_order o where o.cancelled and not o.booked;

create temporary table h_numbered on commit drop as
select e.*, nextval('repair_event_id_seq') as id, row_number() over (partition by e.order_id order by e.at, e.type) as seq,
       (select name from account a where a.id = e.actor_id) as actor_name
from h_event e;
insert into repair_event (id, order_id, seq, at, type, actor_id, actor_role, staff_only, payload)
select n.id, n.order_id, n.seq, n.at, n.type, n.actor_id::text, n.actor_role, false,
       json_strip_nulls(json_build_object('id', n.id, 'orderId', n.order_id, 'reference', n.reference, 'seq', n.seq, 'type', n.type,
           'at', to_char(n.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'actorName', n.actor_name,
           'actorRole', n.actor_role, 'status', n.status, 'message', n.message, 'amount', round(n.amount, 2)))::text
from h_numbered n;
update repair_order o set last_seq = m.seq from (select order_id, max(seq) as seq from h_numbered group by order_id) m
where m.order_id = o.id;

-- Delays: declared an hour or so before the promise (a third of them too late to count as announced), one hour each.
insert into repair_delay (id, order_id, reason, detail, previous_promised_at, new_promised_at, compensation, declared_at, declared_by)
select gen_random_uuid(), o.id, (array['PART_OUT_OF_STOCK', 'HIDDEN_FAULT', 'WORKLOAD'])[1 + (o.k + n) % 3], '配件到货晚于预期',
       o.first_promise + (n - 1) * interval '1 hour', o.first_promise + n * interval '1 hour', 'FREE_WASH',
       o.first_promise + (n - 1) * interval '1 hour' - (case when o.r_late < 0.35 then 12 else 75 end) * interval '1 minute',
       o.advisor_id
from h_order o cross join lateral generate_series(1, o.delays) n
where not o.cancelled;

-- Estimates: a required labour item, a required part, an optional item approved half the time; the settlement bills
-- what was approved (a required part is left out now and then: a key item not completed).
insert into estimate_item (id, order_id, round, position, kind, description, quantity, unit_price, necessity, reason, decision,
                           decided_at, created_at, created_by)
select gen_random_uuid(), o.id, 0, p.position, p.kind, p.description, p.quantity, p.price, p.necessity, p.reason,
       case when p.necessity = 'OPTIONAL' and o.r_rate < 0.5 then 'DECLINED' else 'APPROVED' end,
       o.approved_at, o.checked_in_at + interval '8 minutes', o.advisor_id
from h_order o cross join lateral (values
    (0, 'LABOUR', o.service_name || ' 工时', o.expected / 60.0, 300, 'REQUIRED', '按保养手册'),
    (1, 'PART', '机油滤清器及机油', 1, 450, 'REQUIRED', '到期更换'),
    (2, 'LABOUR', '空调滤芯清洁', 0.5, 300, 'OPTIONAL', '建议项目')) p(position, kind, description, quantity, price, necessity, reason)
where not (o.booked and o.cancelled);
insert into settlement_line (id, order_id, position, item_id, kind, description, quantity, unit_price, estimated_amount, amount,
                             difference_reason)
select gen_random_uuid(), i.order_id, i.position, i.id, i.kind, i.description,
       case when i.kind = 'PART' and o.r_mood > 0.985 then 0 else i.quantity end, i.unit_price,
       i.quantity * i.unit_price, case when i.kind = 'PART' and o.r_mood > 0.985 then 0 else i.quantity * i.unit_price end,
       case when i.kind = 'PART' and o.r_mood > 0.985 then '配件缺货，下次到店更换' end
from estimate_item i join h_order o on o.id = i.order_id
where i.decision = 'APPROVED' and not o.cancelled;

-- Ratings: 70 % of deliveries, a couple of hours after; mostly 5 and 4 stars, now and then a poor one.
insert into rating (order_id, customer_id, advisor_id, technician_id, overall, attitude, professionalism, speed, price_fairness,
                    score, low, tags, comment, created_at, updated_at, editable_until)
select o.id, o.customer_id, o.advisor_id, o.technician_id, s.v, s.v, greatest(s.v, 4), s.speed, 4,
       round(((s.v * 2 + greatest(s.v, 4) + s.speed + 4) / 5.0 - 1) * 25, 2), s.v <= 2,
       case when s.v >= 5 then '专业|准时' when s.v <= 2 then '等待太久' end,
       case when s.v <= 2 then '等的时间比说好的长' when s.v = 5 and o.k % 7 = 0 then '服务很到位' end,
       o.delivered_at + interval '2 hours', o.delivered_at + interval '2 hours', o.delivered_at + interval '7 days'
from h_order o cross join lateral (select case when o.r_mood < 0.05 then 2 when o.r_mood < 0.12 then 3
                                             when o.r_mood < 0.45 then 4 else 5 end as v,
                                        case when o.r_late < 0.12 then 3 else 5 end as speed) s
where not o.cancelled and o.r_rate < 0.7 and o.delivered_at + interval '2 hours' < ${now};

-- Follow-up calls, three days after delivery, due within seven: made for the older deliveries, still open for recent ones.
insert into follow_up_call (id, order_id, customer_id, assignee_id, status, available_from, due_at, attempts, next_attempt_on,
                            satisfaction, problem, problem_owner_id, problem_due_at, problem_resolved_at, problem_resolution,
                            created_at, completed_at)
select gen_random_uuid(), o.id, o.customer_id, o.agent_id, c.status,
       o.delivered_at + interval '3 days', o.delivered_at + interval '7 days', case when c.status = 'OPEN' then 0 else 1 + (o.k % 2) end,
       ((o.delivered_at + interval '3 days') at time zone ${zone})::date,
       case when c.status = 'DONE' then 4 + (o.k % 2) end,
       case when c.status = 'PROBLEM' then '保养后仪表盘保养提示未复位' end, case when c.status = 'PROBLEM' then o.advisor_id end,
       case when c.status = 'PROBLEM' then o.delivered_at + interval '8 days' end,
       case when c.status = 'PROBLEM' then o.delivered_at + (case when o.r_call > 0.985 then 10 else 5 end) * interval '1 day' end,
       case when c.status = 'PROBLEM' then '已电话指导车主复位' end,
       o.delivered_at, case when c.status <> 'OPEN' then o.delivered_at + interval '4 days' end
from h_order o cross join lateral (select case when o.delivered_at + interval '7 days' > ${now} then 'OPEN'
                                              when o.r_call < 0.84 then 'DONE' when o.r_call < 0.93 then 'UNREACHABLE'
                                              else 'PROBLEM' end as status) c
where not o.cancelled and o.delivered_at + interval '3 days' < ${now};

-- Complaints: one order in 40 (a third each technical, delivery time, attitude), a day after delivery; answered within hours (a few late), closed in days,
-- the remedy rated by the customer.
insert into complaint (id, number, customer_id, order_id, channel, category, priority, suggested_priority, team, owner_id, status,
                       content, created_at, created_by, answered_at, resolved_at, closed_at, answer_due_at, resolve_due_at,
                       remedy_kind, remedy_detail, satisfaction)
select gen_random_uuid(), 'TS-' || to_char((o.delivered_at + interval '1 day') at time zone ${zone}, 'YYYYMMDD') || '-9' || to_char(o.k, 'FM000'),
       o.customer_id, o.id, 'APP', c.category, 'MEDIUM', 'MEDIUM',
       case when c.category = 'TECHNICAL' then 'TECHNICAL_SUPPORT' else 'CUSTOMER_RELATIONS' end,
       case when c.category = 'TECHNICAL' then o.lead_id else o.agent_id end, 'CLOSED', c.content,
       o.delivered_at + interval '1 day', o.customer_id,
       o.delivered_at + interval '1 day' + (case when o.r_late < 0.1 then 30 else 3 end) * interval '1 hour',
       o.delivered_at + interval '1 day' + (case when o.r_late < 0.15 then 60 else 22 end) * interval '1 hour',
       o.delivered_at + interval '4 days',
       o.delivered_at + interval '2 days', o.delivered_at + interval '3 days',
       case when c.category = 'TECHNICAL' then 'REWORK' else 'APOLOGY' end, '致电道歉并说明原因', 3 + (o.k % 3)
from h_order o cross join lateral (select case o.complaint_kind when 0 then 'TECHNICAL' when 1 then 'DELIVERY_TIME'
                                              else 'ATTITUDE' end as category,
                                         case o.complaint_kind when 0 then '保养后发动机有异响'
                                              when 1 then '交车比承诺晚了一个多小时'
                                              else '接待时服务顾问不够耐心' end as content) c
where not o.cancelled and o.complained and o.delivered_at + interval '5 days' < ${now};
insert into complaint_step (complaint_id, at, actor_id, actor_name, actor_role, action, from_status, to_status, note)
select c.id, s.at, s.actor, (select name from account a where a.id = s.actor), s.role, s.action, s.from_status, s.to_status, s.note
from complaint c join h_order o on o.id = c.order_id
cross join lateral (values
    (c.created_at, c.customer_id, 'CUSTOMER', 'FILED', null, 'NEW', c.content),
    (c.answered_at, c.owner_id, case when c.category = 'TECHNICAL' then 'TEAM_LEAD' else 'CUSTOMER_SERVICE' end, 'ACKNOWLEDGE', 'NEW', 'ACKNOWLEDGED', '已联系客户，了解情况'),
    (c.resolved_at - interval '1 hour', c.owner_id, case when c.category = 'TECHNICAL' then 'TEAM_LEAD' else 'CUSTOMER_SERVICE' end, 'PROPOSE_REMEDY', 'ACKNOWLEDGED', 'REMEDY_PROPOSED', c.remedy_detail),
    (c.resolved_at, c.owner_id, case when c.category = 'TECHNICAL' then 'TEAM_LEAD' else 'CUSTOMER_SERVICE' end, 'INFORM_CUSTOMER', 'REMEDY_PROPOSED', 'CUSTOMER_INFORMED', null),
    (c.closed_at, c.customer_id, 'CUSTOMER', 'CONFIRMED', 'CUSTOMER_INFORMED', 'CLOSED', null)) s(at, actor, role, action, from_status, to_status, note);

-- Two improvement actions: one done last month (its indicator's before and after show on the desk), one open.
insert into improvement (id, indicator, cause, title, action, expected_effect, owner_id, deadline, status, created_at, created_by,
                         done_at, done_note)
select gen_random_uuid(), 'QC_FIRST_PASS', null, '降低质检返工', '技师交检前按清单自检扭矩与油液；每周一晨会复盘返工案例',
       '一次修复率从 90% 提升到 95% 以上', (select id from h_staff where role = 'TEAM_LEAD' and n = 0),
       ${now} - interval '40 days', 'DONE', ${now} - interval '55 days', (select id from account where role = 'MANAGER' order by phone limit 1),
       ${now} - interval '42 days', '自检清单已上墙，晨会复盘执行中'
union all
select gen_random_uuid(), 'DELAY_ANNOUNCED_IN_TIME', '交车延误未提前告知', '延误提前告知', '配件预计晚到时，服务顾问在承诺时间前 1 小时致电车主并发送延误通知',
       '延误提前 30 分钟告知率达到 100%', (select id from h_staff where role = 'ADVISOR' and n = 0),
       ${now} + interval '10 days', 'OPEN', ${now} - interval '12 days', (select id from account where role = 'MANAGER' order by phone limit 1),
       null, null;

-- The appraisal's two ratings for the last two months: each appraised person's own and the manager's
-- (DemoHistory then closes the earlier month, so the desk shows a frozen month next to a live one).
insert into appraisal_input (month, staff_id, self_score, self_comment, self_at, supervisor_score, supervisor_comment, supervisor_id,
                             supervisor_at)
select m.month, s.id, 85 + (s.n * 4 + m.back) % 10, '本月按流程完成工作，客户反馈良好', ${now} - m.back * interval '1 day',
       76 + (s.n * 7 + m.back * 3) % 18, '继续保持，注意交车时间', (select id from account where role = 'MANAGER' order by phone limit 1),
       ${now} - m.back * interval '1 day'
from h_staff s
cross join lateral (values (1), (2)) b(back)
cross join lateral (select (date_trunc('month', ${now} at time zone ${zone}) - make_interval(months => b.back))::date as month, b.back) m
where s.role in ('ADVISOR', 'TECHNICIAN', 'CUSTOMER_SERVICE');

-- The SQL one booking runs through the API (POST /api/v1/appointments by the customer, with an Idempotency-Key, as
-- the benchmark's load books), as a pgbench script: the reference of the booking-writes benchmark. Statements 0a-0c
-- and 10 are the key's and the customer's caps (IdempotencyRepository, BookingParties); 1-9 the booking itself, as
-- an advisor's booking for a customer named by phone also runs them.
--
--   pgbench -n -f booking-transaction.sql -c 32 -j 2 -T 20 -D clients=32 -D skill=GENERAL_SERVICE \
--           -D type=MINOR_SERVICE -D customers=3000 -D phones=1500 <database>
--
-- Customers are '<phones>' || lpad(n, 7, '0') with one vehicle each (n = 1..customers), as the benchmark's data has
-- them; each client books its own share of them (clients = -c), so two clients never race for one car (the API
-- answers such a race 409 through the vehicle's exclusion constraint; pgbench would abort the client). The start is drawn over the next 7 days on the 30-minute grid from 09:00 shop time (Asia/Shanghai); an
-- attempt whose slot is full inserts nothing, as the API then answers 409. Keep it in step with the services'
-- statements (AppointmentRepository.INSERT_WITHIN_CAPACITY, BookingSlots, Notifier.SEND_WITH_INBOXES, BookingViews).
--
-- Differences, on purpose: the app holds the shop's setup in memory (ShopSnapshots), so the bay ids and the
-- capacity-lock names are read here by a subquery of the bay table inside the statements that use them; the app
-- decides "full" in Java from the day's bookings (statement 3) before any lock, the script always goes on to the
-- locked insert, which then inserts nothing. The answer is built in the transaction from what it read, plus the
-- two reads of its warnings (statements 5-6, before the locks); nothing is read after the commit.
\set n 1 + :client_id + :clients * random(0, :customers / :clients - 1)
\set day random(2, 8)
\set slot random(0, 15)
\set minutes 60
\set key random(1, 9000000000000000)

BEGIN;
-- 0a. the Idempotency-Key: its lock and whether it was used before
select pg_advisory_xact_lock(hashtextextended((select id::text from account where phone = ':phones' || lpad(':n', 7, '0'))
                                              || '|' || ':client_id-:key', 7));
select request_hash, appointment_id from idempotency_key
where caller = (select id::text from account where phone = ':phones' || lpad(':n', 7, '0')) and idem_key = ':client_id-:key';
-- 1. the customer, by phone
select id, phone, name, role, active, language from account where phone = ':phones' || lpad(':n', 7, '0');
-- 2. the vehicle, the customer's own
select v.* from vehicle v where v.customer_id = (select id from account where phone = ':phones' || lpad(':n', 7, '0'))
  and v.plate is not null limit 1;
-- 0b-0c. the customer's caps, under the customer's lock: live bookings of the customer and of the car
select pg_advisory_xact_lock(hashtextextended('booking-customer|' || (select id::text from account where phone = ':phones' || lpad(':n', 7, '0')), 0));
select count(*) from appointment where customer_id = (select id from account where phone = ':phones' || lpad(':n', 7, '0'))
  and status in ('REQUESTED', 'CONFIRMED') and starts_at > now();
select count(*) from appointment where vehicle_id = (select v.id from vehicle v join account c on c.id = v.customer_id
                      where c.phone = ':phones' || lpad(':n', 7, '0') limit 1)
  and status in ('REQUESTED', 'CONFIRMED') and starts_at > now();
-- 3. the day's bookings of the bays that can do the service (the app: its bay ids from memory)
select bay_id, starts_at, ends_at from appointment
where bay_id in (select id from bay where active and ':skill' = any(string_to_array(skills, ',')))
  and status in ('REQUESTED', 'CONFIRMED', 'CHECKED_IN')
  and starts_at < ((current_date + :day + 1)::timestamp at time zone 'Asia/Shanghai')
  and ends_at > ((current_date + :day)::timestamp at time zone 'Asia/Shanghai');
-- 4. the car's live bookings two days either side (one car, one place)
select a.* from appointment a
where a.vehicle_id = (select v.id from vehicle v join account c on c.id = v.customer_id
                      where c.phone = ':phones' || lpad(':n', 7, '0') limit 1)
  and a.status in ('REQUESTED', 'CONFIRMED', 'CHECKED_IN')
  and a.starts_at < ((current_date + :day + 3)::timestamp at time zone 'Asia/Shanghai')
  and a.ends_at > ((current_date + :day - 2)::timestamp at time zone 'Asia/Shanghai')
  and a.id <> '00000000-0000-0000-0000-000000000000';
-- 5-6. the answer's warnings, read before the locks (the rest of the answer is what statements 1-4 read): open
--      repair orders of the car, the customer's live bookings overlapping the new one
select o.* from repair_order o
where o.vehicle_id in (select v.id from vehicle v join account c on c.id = v.customer_id
                       where c.phone = ':phones' || lpad(':n', 7, '0'))
  and o.status in ('CHECKED_IN', 'AWAITING_APPROVAL', 'APPROVED', 'DISPATCHED', 'IN_REPAIR', 'WAITING_PARTS', 'QUALITY_CHECK', 'READY')
order by o.checked_in_at;
select a.* from appointment a
where a.customer_id = (select id from account where phone = ':phones' || lpad(':n', 7, '0'))
  and a.status in ('REQUESTED', 'CONFIRMED', 'CHECKED_IN')
  and a.starts_at < ((current_date + :day)::timestamp + time '09:00' + :slot * interval '30 minutes' + :minutes * interval '1 minute') at time zone 'Asia/Shanghai'
  and a.ends_at > ((current_date + :day)::timestamp + time '09:00' + :slot * interval '30 minutes') at time zone 'Asia/Shanghai';
-- 7. the day's capacity locks of every skill of those bays, in sorted order (AppointmentRepository.lockCapacity)
select count(pg_advisory_xact_lock(hashtextextended(n, 0)))
from (select distinct 'booking|' || (current_date + :day) || '|' || s as n
      from bay, unnest(string_to_array(skills, ',')) s
      where active and ':skill' = any(string_to_array(skills, ','))
      order by 1) locks;
-- 8. the booking on the first free bay, if more are free than the emergency reserve, and its first event
with bays as (
    select id, row_number() over (order by array_length(string_to_array(skills, ','), 1), code) as ord,
           count(*) over () as skilled
    from bay where active and ':skill' = any(string_to_array(skills, ','))
), at as (
    select ((current_date + :day)::timestamp + time '09:00' + :slot * interval '30 minutes') at time zone 'Asia/Shanghai' as s
), candidate as (
    select b.id, b.ord, b.skilled from bays b, at
    where not exists (select 1 from appointment x where x.bay_id = b.id
        and x.status in ('REQUESTED', 'CONFIRMED', 'CHECKED_IN')
        and x.starts_at < at.s + :minutes * interval '1 minute' and x.ends_at > at.s)
), chosen as (
    select id from candidate
    where (select count(*) from candidate) > (select case when max(skilled) <= 1 then 0
                                                           else least(round(max(skilled) * 0.25), max(skilled) - 1) end from bays)
    order by ord limit 1
), booked as (
    insert into appointment (id, reference, customer_id, vehicle_id, service_type, bay_id, starts_at, ends_at,
        status, emergency, channel, fault_description, booked_by, confirm_by, created_at, mileage_km, handover)
    select gen_random_uuid(), 'BK' || substr(md5(random()::text), 1, 10), c.id, v.id, ':type', chosen.id, at.s,
        at.s + :minutes * interval '1 minute', 'REQUESTED', false, 'PHONE', 'bench', c.id::text,
        now() + interval '15 minutes', now(), null, null
    from chosen, at, account c join vehicle v on v.customer_id = c.id
    where c.phone = ':phones' || lpad(':n', 7, '0')
      -- what the app decided from statement 4: the car is free then
      and not exists (select 1 from appointment y where y.vehicle_id = v.id
          and y.status in ('REQUESTED', 'CONFIRMED', 'CHECKED_IN')
          and y.starts_at < at.s + :minutes * interval '1 minute' and y.ends_at > at.s)
    limit 1
    returning id, bay_id, starts_at, ends_at
), journal as (
    insert into appointment_event (appointment_id, at, actor_id, actor_name, actor_role, type, from_status,
        to_status, starts_at, ends_at, detail)
    select id, now(), 'advisor', 'Advisor', 'ADVISOR', 'BOOKED', null, 'REQUESTED', starts_at, ends_at, null from booked
)
select bay_id from booked;
-- 9. the owner's notification and SMS (outbox), and one inbox notification per active advisor, chosen by the
--    statement itself (Notifier.SEND_WITH_INBOXES); the app runs it only when the booking was placed
with own as (
    insert into notification (id, recipient_id, kind, params, text, appointment_id, repair_order_id, complaint_id, created_at)
    select gen_random_uuid(), customer_id, 'BOOKING_RECEIVED', '{}', 'bench', id, null, null, now() from appointment
    where fault_description = 'bench' and created_at = now()
    returning id
), sms as (
    insert into outbox_message (id, notification_id, kind, channel, address, payload, status, attempts, next_attempt_at, created_at)
    select gen_random_uuid(), own.id, 'BOOKING_RECEIVED', 'SMS', ':phones' || lpad(':n', 7, '0'), 'bench', 'PENDING', 0, now(), now()
    from own
)
insert into notification (id, recipient_id, kind, params, text, appointment_id, repair_order_id, complaint_id, created_at)
select gen_random_uuid(), adv.id, 'NEW_BOOKING', '{}', 'bench', a.id, null, null, now()
from account adv, appointment a
where adv.role in ('ADVISOR') and adv.active and a.fault_description = 'bench' and a.created_at = now();
-- 10. the Idempotency-Key remembered with the booking it made (none when the start was full: the API answers 409)
insert into idempotency_key (caller, idem_key, request_hash, appointment_id, created_at)
select customer_id::text, ':client_id-:key', md5(':key') || md5(':client_id'), id, now() from appointment
where fault_description = 'bench' and created_at = now();
END;

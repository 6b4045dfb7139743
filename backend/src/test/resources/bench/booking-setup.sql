-- Run by BenchmarkIT before pgbench runs booking-transaction.sql: the customers and cars its transactions book for
-- (64 customers with 8 cars each, ids derived from their numbers so that the script can name them). Idempotent.
insert into account (id, phone, name, role, password_hash, created_at)
select md5('pbc' || c)::uuid, '1990000' || lpad(c::text, 4, '0'), 'pgbench 车主', 'CUSTOMER', null, now()
from generate_series(1, 64) c
on conflict do nothing;
insert into vehicle (id, customer_id, plate, vin, make, model, model_year, mileage_km, created_at, created_by)
select md5('pbv' || v)::uuid, md5('pbc' || ((v - 1) / 8 + 1))::uuid, 'PB' || v, lpad(v::text, 17, '0'), '大众', '朗逸', 2021, 42000,
       now(), md5('pbc' || ((v - 1) / 8 + 1))::uuid
from generate_series(1, 512) v
on conflict do nothing;
-- The convention of the pgbench script written for the booking path of issue 13 (customers named by phone,
-- '<phones>' || lpad(n, 7, '0'), one car each; BenchmarkIT passes -D phones=1991 -D customers=3000), so that either
-- script runs against this setup.
insert into account (id, phone, name, role, password_hash, created_at)
select md5('pbp' || n)::uuid, '1991' || lpad(n::text, 7, '0'), 'pgbench 车主', 'CUSTOMER', null, now()
from generate_series(1, 3000) n
on conflict do nothing;
insert into vehicle (id, customer_id, plate, vin, make, model, model_year, mileage_km, created_at, created_by)
select md5('pbpv' || n)::uuid, md5('pbp' || n)::uuid, 'PP' || n, lpad(n::text, 17, '1'), '大众', '朗逸', 2021, 42000, now(),
       md5('pbp' || n)::uuid
from generate_series(1, 3000) n
on conflict do nothing;

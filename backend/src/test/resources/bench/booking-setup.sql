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

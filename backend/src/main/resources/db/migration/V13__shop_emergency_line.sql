-- The shop's emergency / rescue line: where an owner with a car that will not start, or is unsafe, gets help while
-- the shop is closed (the booking's fast lane then offers the first slot at opening). Empty until the shop sets it.
alter table shop add column emergency_phone varchar(20) not null default '';

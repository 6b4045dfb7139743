-- What moves the car, so that reception reads the right gauge: a fuel level, or an EV's charge in per cent.
alter table vehicle add column energy_type text not null default 'PETROL'
    check (energy_type in ('PETROL', 'DIESEL', 'HYBRID', 'EV'));

-- The shop's and its bays' names in English, for the English UI (the name stays the shop's own, Chinese, name).
alter table shop add column name_en text;
alter table bay add column name_en text;

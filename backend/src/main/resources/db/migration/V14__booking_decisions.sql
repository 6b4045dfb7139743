-- Booking a customer can decide on: what a service costs (a range, or "from" when only a minimum is known) and what to
-- bring to it; what the owner says of their car (mileage) and whether they wait at the shop or leave the car.
alter table service_type
    add column price_min numeric(10, 2),
    add column price_max numeric(10, 2),
    add column bring_zh  varchar(200),
    add column bring_en  varchar(200),
    add constraint service_type_price_range check (
        (price_min is null and price_max is null)
        or (price_min >= 0 and (price_max is null or price_max >= price_min)));

alter table appointment
    add column mileage_km int check (mileage_km between 0 and 2000000),
    add column handover   varchar(10) check (handover in ('WAIT', 'DROP_OFF'));

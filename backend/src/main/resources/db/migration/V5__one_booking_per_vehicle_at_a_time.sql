-- A car is in one place at a time: two live bookings of one vehicle never overlap (a double tap without an
-- idempotency key, or a partner's blind retry, must not hold two bays).
alter table appointment add constraint appointment_vehicle_not_double_booked exclude using gist (
    vehicle_id with =, tstzrange(starts_at, ends_at, '[)') with &&
) where (status in ('REQUESTED', 'CONFIRMED', 'CHECKED_IN'));

-- Each instance holds the shop's setup (hours, closed days, bays, service types) in memory for availability and
-- bookings. Whoever changes it (any instance, the demo seed, a script), every instance hears it when the change
-- commits, on the live channel the instances already listen on ("shop|setup": LiveHub hands it to ShopSnapshots).
create function pitstop_shop_setup_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('pitstop_live', 'shop|setup');
    return null;
end;
$$;

create trigger shop_setup_changed after insert or update or delete or truncate on shop
    for each statement execute function pitstop_shop_setup_changed();
create trigger opening_hours_changed after insert or update or delete or truncate on opening_hours
    for each statement execute function pitstop_shop_setup_changed();
create trigger closed_day_changed after insert or update or delete or truncate on closed_day
    for each statement execute function pitstop_shop_setup_changed();
create trigger bay_changed after insert or update or delete or truncate on bay
    for each statement execute function pitstop_shop_setup_changed();
create trigger service_type_changed after insert or update or delete or truncate on service_type
    for each statement execute function pitstop_shop_setup_changed();

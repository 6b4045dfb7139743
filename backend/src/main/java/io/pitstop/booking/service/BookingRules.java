package io.pitstop.booking.service;

import io.pitstop.common.limits.Limit;
import io.pitstop.common.limits.LimitConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The shop's booking policy (PITSTOP_BOOKING_*). */
@ConfigMapping(prefix = "pitstop.booking")
public interface BookingRules {

    /** How far ahead a normal booking must start. */
    @WithDefault("PT2H")
    Duration leadTime();

    /** Start times are offered on this grid, from opening time. */
    @WithDefault("30")
    int slotMinutes();

    /** Share of the skilled bays held back for emergencies (rounded, never all of them). */
    @WithDefault("0.25")
    double emergencyShare();

    /** An emergency is offered a start within this window from now. */
    @WithDefault("PT1H")
    Duration emergencyWindow();

    /** An advisor must confirm a booking within this time. */
    @WithDefault("PT15M")
    Duration confirmWithin();

    /** Customers may reschedule or cancel until this long before the start. */
    @WithDefault("PT2H")
    Duration changeCutoff();

    /** Not checked in this long after the start: a no-show candidate for the advisor. */
    @WithDefault("PT30M")
    Duration noShowAfter();

    /** The reminder goes out this long before the start. */
    @WithDefault("PT24H")
    Duration remindBefore();

    /** The widest availability query, in days. */
    @WithDefault("14")
    int maxRangeDays();

    /** How far ahead anyone may book (and availability is offered). */
    @WithDefault("P60D")
    Duration horizon();

    /** Upcoming live bookings (requested or confirmed) a customer may hold at once, when they or a partner book. */
    @WithDefault("4")
    int maxLiveBookingsPerCustomer();

    /** Upcoming live bookings of one vehicle at once. */
    @WithDefault("2")
    int maxLiveBookingsPerVehicle();

    /** Vehicles a customer may keep on file themselves (staff may add more, for fleets). */
    @WithDefault("10")
    int maxVehiclesPerCustomer();

    /** Booking attempts per customer (and per partner application: ten times this). */
    @WithDefault("10/1h")
    @WithConverter(LimitConverter.class)
    Limit attemptsPerAccount();

    /** Booking attempts from one client address. */
    @WithDefault("60/1h")
    @WithConverter(LimitConverter.class)
    Limit attemptsPerClient();

    default Availability.Rules availabilityRules() {
        return new Availability.Rules(leadTime(), slotMinutes(), emergencyShare(), emergencyWindow());
    }
}

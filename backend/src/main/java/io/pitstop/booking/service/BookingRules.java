package io.pitstop.booking.service;

import io.smallrye.config.ConfigMapping;
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

    /** Told to the customer on confirmation. */
    @WithDefault("行驶证、保养手册和车钥匙 (vehicle licence, service book and keys)")
    String whatToBring();

    /** The widest availability query, in days. */
    @WithDefault("14")
    int maxRangeDays();

    default Availability.Rules availabilityRules() {
        return new Availability.Rules(leadTime(), slotMinutes(), emergencyShare(), emergencyWindow());
    }
}

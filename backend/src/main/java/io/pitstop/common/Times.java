package io.pitstop.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Instants as the API shows them: with the offset of the shop's time zone at that moment. */
public final class Times {

    private Times() {
    }

    /** The instant in the zone, or null for null (an absent deadline, a step not yet taken). */
    public static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}

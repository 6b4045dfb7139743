package io.pitstop.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

/** REQUESTED -> CONFIRMED -> CHECKED_IN, or CANCELLED / NO_SHOW. */
@Schema(description = "Where the booking is in its life")
public enum AppointmentStatus {
    REQUESTED, CONFIRMED, CHECKED_IN, CANCELLED, NO_SHOW;

    /** The states that hold a bay (the exclusion constraint of the schema lists the same). */
    public static final Set<AppointmentStatus> LIVE = Set.of(REQUESTED, CONFIRMED, CHECKED_IN);
}

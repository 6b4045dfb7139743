package io.pitstop.repair.service;

import io.pitstop.common.Times;
import io.pitstop.identity.Caller;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Who acts on a repair order, in which time zone, at which instant: the context of one operation. The caller is
 * null when the shop's clock acts (a scheduled job).
 */
public record Acting(Caller caller, ZoneId zone, Instant now) {

    /** An instant as the API shows it, in the shop's zone. */
    public OffsetDateTime at(Instant instant) {
        return Times.at(instant, zone);
    }

    boolean bySystem() {
        return caller == null;
    }
}

package io.pitstop.booking.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * When a booking may be made, changed or looked for: within the horizon, before the cut-off, after its start for a
 * no-show, over a bounded range of days. Pure: the caller passes the clock's instant and the configured limits.
 */
final class BookingWindow {

    private BookingWindow() {
    }

    /** Nobody books beyond the horizon (the year 2099 is not a booking). */
    static void requireWithinHorizon(Instant start, Instant now, Duration horizon, String field) {
        if (start.isAfter(now.plus(horizon))) {
            throw new InvalidInputException(field, Detail.of("problem.booking.beyond-horizon", Map.of("days", horizon.toDays())));
        }
    }

    /**
     * Owners (and partners) change a booking online until the cut-off before its start; after that they call the shop.
     * Staff may change it any time. {@code change} is "rescheduled" or "cancelled".
     */
    static void requireBeforeCutoff(boolean staff, Instant startsAt, Instant now, Duration cutoff, String change) {
        if (!staff && now.isAfter(startsAt.minus(cutoff))) {
            throw new ConflictException("change-cutoff", Detail.of("problem.booking.change-cutoff",
                    Map.of("cutoff", cutoff.toString(), "bookingChange", change)));
        }
    }

    /** A booking is a no-show only once its start time has passed. */
    static void requireStarted(Instant startsAt, Instant now) {
        if (now.isBefore(startsAt)) {
            throw new ConflictException("illegal-transition", Detail.of("problem.booking.no-show-before-start"));
        }
    }

    /** An availability query names both days, the last not before the first, and spans at most {@code maxDays}. */
    static void requireRange(LocalDate from, LocalDate to, int maxDays) {
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", Detail.of("problem.booking.date-required"));
        }
        requireOrdered(from, to);
        if (Duration.between(from.atStartOfDay(), to.atStartOfDay()).toDays() >= maxDays) {
            throw new InvalidInputException("to", Detail.of("problem.booking.range-too-wide", Map.of("days", maxDays)));
        }
    }

    static void requireOrdered(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", Detail.of("problem.booking.to-before-from"));
        }
    }
}

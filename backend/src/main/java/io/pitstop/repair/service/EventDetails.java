package io.pitstop.repair.service;

import io.pitstop.repair.Compensation;
import io.pitstop.repair.DelayReason;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What an event of a repair order carries besides who, when and the status; each kind of event fills its own part.
 * A value: built by the factories below and narrowed with the withers, never changed in place.
 */
public record EventDetails(String message, String step, Integer remainingMinutes, String photoId, Instant previousPromisedAt,
                           DelayReason delayReason, Compensation compensation, String compensationDetail, Boolean automatic,
                           String technicianName, BigDecimal amount) {

    public static final EventDetails NONE = new EventDetails(null, null, null, null, null, null, null, null, null, null, null);

    /** A message (a reason, a finding, a diagnosis), or nothing when it is null. */
    public static EventDetails message(String message) {
        return NONE.withMessage(message);
    }

    public static EventDetails amount(BigDecimal amount) {
        return NONE.withAmount(amount);
    }

    /** A progress update: by a person, or pushed by the hourly job ({@code automatic}). */
    public static EventDetails update(String message, String step, Integer remainingMinutes, String photoId, boolean automatic) {
        return new EventDetails(message, step, remainingMinutes, photoId, null, null, null, null, automatic, null, null);
    }

    /** A declared delay: the promise it replaces, why, and what the owner is offered. */
    public static EventDetails delay(String detail, Instant previousPromisedAt, DelayReason reason, Compensation compensation,
                                     String compensationDetail) {
        return new EventDetails(detail, null, null, null, previousPromisedAt, reason, compensation, compensationDetail, null, null, null);
    }

    public static EventDetails photo(String photoId) {
        return new EventDetails(null, null, null, photoId, null, null, null, null, null, null, null);
    }

    public EventDetails withMessage(String message) {
        return new EventDetails(message, step, remainingMinutes, photoId, previousPromisedAt, delayReason, compensation,
                compensationDetail, automatic, technicianName, amount);
    }

    public EventDetails withAmount(BigDecimal amount) {
        return new EventDetails(message, step, remainingMinutes, photoId, previousPromisedAt, delayReason, compensation,
                compensationDetail, automatic, technicianName, amount);
    }

    public EventDetails withTechnician(String technicianName) {
        return new EventDetails(message, step, remainingMinutes, photoId, previousPromisedAt, delayReason, compensation,
                compensationDetail, automatic, technicianName, amount);
    }
}

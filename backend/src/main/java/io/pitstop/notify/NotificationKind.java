package io.pitstop.notify;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Set;

/**
 * The catalogue of what Pitstop tells people. Each kind names the parameters its message always carries (clients
 * localize the kind with them) and has its text in the message bundles as {@code notification.<KIND>}, with optional
 * sentences {@code notification.<KIND>.<param>} that are added when that parameter is present. The contract lists
 * the kinds with their parameters ({@code x-required-params}), so the SPA's types follow this enum.
 */
@Schema(description = "What a notification is about. `x-required-params` lists the parameters each kind always carries.")
public enum NotificationKind {
    // Booking: the owner's messages, then the advisors'
    BOOKING_RECEIVED("reference", "start", "confirmWithin"),
    BOOKING_CONFIRMED("reference", "start", "advisorName", "advisorPhone"),
    BOOKING_REMINDER("reference", "start", "advisorName", "advisorPhone", "bring"),
    BOOKING_RESCHEDULED("reference", "start"),
    BOOKING_CANCELLED("reference", "reason"),
    CONFIRMATION_OVERDUE("reference", "customerName", "confirmWithin"),
    EMERGENCY_BOOKING("reference", "customerName", "plate"),
    NO_SHOW_CANDIDATE("reference", "customerName", "noShowAfter"),
    NEW_BOOKING("reference", "customerName", "start", "confirmWithin"),
    // Live repair: the owner's, then the staff's
    REPAIR_CHECKED_IN("reference", "plate", "advisorName"),
    REPAIR_ESTIMATE("reference", "plate", "amount"),
    REPAIR_SUPPLEMENT("reference", "plate", "amount", "finding"),
    REPAIR_APPROVED("reference", "plate", "promisedAt"),
    REPAIR_STARTED("reference", "plate"),
    REPAIR_WAITING_PARTS("reference", "plate", "reason"),
    REPAIR_UPDATE("reference", "plate", "message"),
    REPAIR_DELAYED("reference", "plate", "reason", "detail", "newPromisedAt", "compensation"),
    REPAIR_DELAY_RISK("reference", "plate", "advisorName", "advisorPhone", "promisedAt"),
    REPAIR_READY("reference", "plate"),
    REPAIR_SETTLEMENT("reference", "plate", "amount"),
    REPAIR_DELIVERED("reference", "plate", "nextServiceDueDate", "nextServiceDueKm"),
    REPAIR_CANCELLED("reference", "plate", "reason"),
    REPAIR_TO_DISPATCH("reference", "plate", "dispatchWithin"),
    REPAIR_ASSIGNED("reference", "plate"),
    REPAIR_READY_FOR_DELIVERY("reference", "plate"),
    REPAIR_QC_FAILED("reference", "plate"),
    REPAIR_UPDATE_OVERDUE("reference", "plate", "updateEvery"),
    REPAIR_DISPATCH_OVERDUE("reference", "plate", "dispatchWithin"),
    REPAIR_START_OVERDUE("reference", "plate", "safetyStartWithin"),
    REPAIR_SUPPLEMENT_UNANSWERED("reference", "plate", "answerWithin"),
    REPAIR_SETTLEMENT_SIGNED("reference", "plate"),
    REPAIR_SETTLEMENT_REOPENED("reference", "plate", "reason"),
    REPAIR_DECIDED("reference", "plate", "status"),
    REPAIR_PARTS_SHORT("reference", "plate", "parts"),
    REPAIR_PARTS_ARRIVED("reference", "plate", "parts"),
    // After delivery: ratings, follow-up calls, complaints
    RATING_LOW("reference", "customerName", "overall", "score"),
    FOLLOW_UP_DUE("reference", "delay"),
    FOLLOW_UP_PROBLEM("reference", "problem", "dueAt", "workingDays"),
    FOLLOW_UP_PROBLEM_OVERDUE("problem", "workingDays"),
    FOLLOW_UP_OVERDUE("reference", "dueWithin", "assigneeName"),
    COMPLAINT_FILED("number", "answerDueAt", "answerWithin"),
    COMPLAINT_ASSIGNED("number", "ownerName"),
    COMPLAINT_STEP("number", "status", "action"),
    COMPLAINT_ANSWER_WARNING("number", "priority"),
    COMPLAINT_ANSWER_MISSED("number", "priority"),
    COMPLAINT_RESOLVE_WARNING("number", "priority"),
    COMPLAINT_RESOLVE_MISSED("number", "priority"),
    COMPLAINT_CLOSED("number"),
    COMPLAINT_REOPENED("number"),
    COMPLAINT_ADDED("number"),
    // Staff: a vehicle added for one customer is already on file for another
    VEHICLE_CLAIMED_ELSEWHERE("plate", "vin", "customerName", "customerPhone", "otherCustomerName", "otherCustomerPhone"),
    // The manager's improvement actions
    IMPROVEMENT_ASSIGNED("title"),
    IMPROVEMENT_OVERDUE("title"),
    // Texts to a phone before it is anybody's inbox
    PHONE_CODE("code", "minutes"),
    PHONE_ALREADY_REGISTERED();

    private final List<String> required;

    NotificationKind(String... required) {
        this.required = List.of(required);
    }

    /** The parameters every message of this kind carries. */
    public List<String> required() {
        return required;
    }

    /** The key of its text in the bundles. */
    public String key() {
        return "notification." + name();
    }

    /** Fails when a parameter the kind promises is missing or blank: a programming error, caught by the tests. */
    void check(java.util.Map<String, String> params) {
        Set<String> missing = new java.util.TreeSet<>();
        for (String name : required) {
            String value = params.get(name);
            if (value == null || value.isBlank()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(name() + " needs " + missing);
        }
    }
}

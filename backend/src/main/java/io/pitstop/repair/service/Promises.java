package io.pitstop.repair.service;

import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.shop.WorkClock;

import java.time.Duration;
import java.time.Instant;

/**
 * The promised completion time and the clock's rules around it (domain steps 4-6): the promise made at approval,
 * a delay's new promise, the time left, and the hourly updates a long repair owes its owner.
 */
public final class Promises {

    private Promises() {
    }

    /**
     * Approved now, done after the expected workshop time counted in the shop's opening hours: approved ten minutes
     * before closing, the rest of the work continues from the next opening (and so does the promise).
     */
    public static Instant promise(WorkClock work, Instant approvedAt, int expectedMinutes) {
        return work.add(approvedAt, Duration.ofMinutes(expectedMinutes));
    }

    /** A delay moves the promise later, never earlier, and never into the past. */
    static boolean acceptsNewPromise(Instant current, Instant proposed, Instant now) {
        return proposed.isAfter(current) && proposed.isAfter(now);
    }

    /** Whole minutes until the promise (none once it has passed), or null without a promise. */
    static Integer minutesLeft(Instant now, Instant promisedAt) {
        return promisedAt == null ? null : (int) Math.max(0, Duration.between(now, promisedAt).toMinutes());
    }

    /** A repair expected to take longer than the rule's long repair owes its owner updates. */
    static boolean owesUpdates(RepairOrder o, RepairRules rules) {
        return o.expectedMinutes != null && o.expectedMinutes > rules.longRepair().toMinutes();
    }

    /** Which period of updates ({@code updateEvery}) since dispatch {@code now} falls in: 0 for the first. */
    static long period(Instant dispatchedAt, Instant now, RepairRules rules) {
        return Duration.between(dispatchedAt, now).dividedBy(rules.updateEvery());
    }

    /** A long repair in the workshop whose owner has heard nothing from a person within the period. */
    static boolean updateOverdue(RepairOrder o, Instant now, RepairRules rules) {
        if (!RepairStatus.IN_WORKSHOP.contains(o.status) || !owesUpdates(o, rules) || o.dispatchedAt == null) {
            return false;
        }
        Instant last = o.lastStaffUpdateAt != null && o.lastStaffUpdateAt.isAfter(o.dispatchedAt) ? o.lastStaffUpdateAt : o.dispatchedAt;
        return !now.isBefore(last.plus(rules.updateEvery()));
    }
}

package io.pitstop.complaint.service;

import io.pitstop.common.Times;
import io.pitstop.complaint.ComplaintClock;
import io.pitstop.complaint.ComplaintStatus;
import io.pitstop.complaint.Deadline;
import io.pitstop.complaint.persistence.Complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The complaint's two clocks as pure functions: answered within one limit and resolved within another from filing,
 * both moved later by the time the shop spends waiting for the customer (paused), and read as the API shows them.
 */
public final class ComplaintDeadlines {

    private ComplaintDeadlines() {
    }

    /** The clocks start at filing. */
    public static void start(Complaint c, Instant filed, Duration answerWithin, Duration resolveWithin) {
        c.createdAt = filed;
        c.answerDueAt = filed.plus(answerWithin);
        c.resolveDueAt = filed.plus(resolveWithin);
    }

    /**
     * Another priority, other limits: the deadlines still running are counted again from when they started (filing, or
     * for the resolution the reopening), the waiting since then included.
     */
    public static void reprioritize(Complaint c, Duration answerWithin, Duration resolveWithin) {
        if (c.answeredAt == null) {
            c.answerDueAt = c.createdAt.plus(answerWithin).plusSeconds(c.pausedSeconds);
        }
        if (c.resolvedAt == null) {
            c.resolveDueAt = resolveSince(c).plus(resolveWithin).plusSeconds(c.pausedSeconds - c.resolvePausedBase);
        }
    }

    /** When the resolve clock last started: at filing, or when the customer last reopened the complaint. */
    public static Instant resolveSince(Complaint c) {
        return c.resolveSince != null ? c.resolveSince : c.createdAt;
    }

    /** The customer was answered: the first clock stops. */
    public static void answered(Complaint c, Instant at) {
        c.answeredAt = at;
    }

    /**
     * The shop has resolved it and told the customer: the second clock stops, and waiting for the customer's
     * confirmation does not count against the shop.
     */
    public static void resolved(Complaint c, Instant at) {
        c.resolvedAt = at;
        pause(c, at);
    }

    /**
     * The customer did not accept the resolution: it is not resolved, and the shop owes a resolution again within the
     * full limit from now (the domain's 48 hours, for what the customer says is still wrong). The resolve clock starts
     * over and its alarms (at risk, missed) watch it anew, each once more.
     */
    public static void reopened(Complaint c, Instant at, Duration resolveWithin) {
        resume(c, at);
        c.resolvedAt = null;
        c.resolveSince = at;
        c.resolvePausedBase = c.pausedSeconds;
        c.resolveDueAt = at.plus(resolveWithin);
        c.resolveWarnedAt = null;
        c.resolveMissedAt = null;
    }

    /** Waiting for the customer: their time does not count against the shop. */
    public static void pause(Complaint c, Instant now) {
        if (c.pausedSince == null) {
            c.pausedSince = now;
        }
    }

    /** The clock runs again: the deadlines still running move later by the time spent waiting. */
    public static void resume(Complaint c, Instant now) {
        if (c.pausedSince == null) {
            return;
        }
        long seconds = Math.max(0, Duration.between(c.pausedSince, now).getSeconds());
        if (c.answeredAt == null) {
            c.answerDueAt = c.answerDueAt.plusSeconds(seconds);
        }
        if (c.resolvedAt == null) {
            c.resolveDueAt = c.resolveDueAt.plusSeconds(seconds);
        }
        c.pausedSeconds += seconds;
        c.pausedSince = null;
    }

    /** A deadline that is running has passed (a paused or closed complaint is never overdue). */
    public static boolean overdue(Complaint c, Instant now) {
        if (c.status == ComplaintStatus.CLOSED || c.pausedSince != null) {
            return false;
        }
        return c.answeredAt == null && now.isAfter(c.answerDueAt) || c.resolvedAt == null && now.isAfter(c.resolveDueAt);
    }

    /** The deadline the shop works to now: the answer until it is given, then the resolution. */
    public static Instant next(Complaint c) {
        return c.answeredAt == null ? c.answerDueAt : c.resolveDueAt;
    }

    public static ComplaintClock clock(Complaint c, ZoneId zone, Instant now) {
        return new ComplaintClock(deadline(c.answerDueAt, c.answeredAt, c.pausedSince, zone, now),
                deadline(c.resolveDueAt, c.resolvedAt, c.pausedSince, zone, now));
    }

    /** Met or missed once done (minutes to spare, frozen); else the minutes left, frozen while paused. */
    static Deadline deadline(Instant due, Instant done, Instant pausedSince, ZoneId zone, Instant now) {
        if (done != null) {
            return new Deadline(Times.at(due, zone), Duration.between(done, due).toMinutes(), !done.isAfter(due), false);
        }
        Instant reference = pausedSince != null ? pausedSince : now;
        long left = Duration.between(reference, due).toMinutes();
        return new Deadline(Times.at(due, zone), left, pausedSince == null && now.isAfter(due) ? Boolean.FALSE : null, pausedSince != null);
    }
}

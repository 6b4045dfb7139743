package io.pitstop.complaint.service;

import io.pitstop.complaint.ComplaintClock;
import io.pitstop.complaint.ComplaintPriority;
import io.pitstop.complaint.ComplaintStatus;
import io.pitstop.complaint.persistence.Complaint;
import io.pitstop.feedback.service.ConfiguredRules;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The complaint's two clocks (answer, resolve), paused while the shop waits for the customer, without a server. */
class ComplaintDeadlinesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant FILED = Instant.parse("2026-11-24T02:00:00Z");
    private static final ComplaintRules RULES = ConfiguredRules.defaults(ComplaintRules.class);

    private static Complaint filed(ComplaintPriority priority) {
        Complaint c = new Complaint();
        c.status = ComplaintStatus.NEW;
        c.priority = priority;
        ComplaintDeadlines.start(c, FILED, RULES.answerWithin(priority), RULES.resolveWithin(priority));
        return c;
    }

    private static Instant at(long hours) {
        return FILED.plus(Duration.ofHours(hours));
    }

    @Test
    void everyPriorityIsAnsweredWithin24HoursAndResolvedWithin48ByDefault() {
        for (ComplaintPriority p : ComplaintPriority.values()) {
            Complaint c = filed(p);
            assertThat(c.createdAt).isEqualTo(FILED);
            assertThat(c.answerDueAt).as(p.name()).isEqualTo(at(24));
            assertThat(c.resolveDueAt).as(p.name()).isEqualTo(at(48));
        }
    }

    @Test
    void waitingForTheCustomerFreezesTheClockAndResumingMovesTheRunningDeadlinesLater() {
        Complaint c = filed(ComplaintPriority.MEDIUM);
        ComplaintDeadlines.pause(c, at(2));
        ComplaintDeadlines.pause(c, at(5)); // already paused: the pause keeps its start
        ComplaintClock paused = ComplaintDeadlines.clock(c, SHANGHAI, at(32));
        assertThat(paused.answer().paused()).isTrue();
        assertThat(paused.answer().remainingMinutes()).isEqualTo(22 * 60);
        assertThat(paused.answer().met()).isNull();
        assertThat(ComplaintDeadlines.overdue(c, at(32))).isFalse();

        ComplaintDeadlines.resume(c, at(32));
        assertThat(c.pausedSince).isNull();
        assertThat(c.pausedSeconds).isEqualTo(Duration.ofHours(30).toSeconds());
        assertThat(c.answerDueAt).isEqualTo(at(54));
        assertThat(c.resolveDueAt).isEqualTo(at(78));
        ComplaintDeadlines.resume(c, at(40)); // not paused: nothing moves
        assertThat(c.answerDueAt).isEqualTo(at(54));
    }

    @Test
    void aDeadlineAlreadyMetDoesNotMoveWhenTheClockResumes() {
        Complaint c = filed(ComplaintPriority.HIGH);
        ComplaintDeadlines.answered(c, at(1));
        ComplaintDeadlines.resolved(c, at(20));
        assertThat(c.pausedSince).as("waiting for the customer's confirmation").isEqualTo(at(20));
        ComplaintDeadlines.resume(c, at(30));
        assertThat(c.answerDueAt).isEqualTo(at(24));
        assertThat(c.resolveDueAt).isEqualTo(at(48));
    }

    @Test
    void aRejectedResolutionStartsTheResolveClockOverWithItsAlarmsWatchingAgain() {
        Complaint c = filed(ComplaintPriority.MEDIUM);
        ComplaintDeadlines.answered(c, at(1));
        c.resolveWarnedAt = at(36);
        c.resolveMissedAt = at(48);
        ComplaintDeadlines.resolved(c, at(50));
        ComplaintDeadlines.reopened(c, at(56), Duration.ofHours(48));
        assertThat(c.resolvedAt).isNull();
        assertThat(c.pausedSince).isNull();
        assertThat(c.resolveDueAt).as("the full limit again, from the reopening").isEqualTo(at(104));
        assertThat(c.resolveSince).isEqualTo(at(56));
        assertThat(c.resolveWarnedAt).isNull();
        assertThat(c.resolveMissedAt).isNull();
        assertThat(c.answerDueAt).isEqualTo(at(24));
        // A later change of priority counts from the reopening, with only the waiting since then.
        ComplaintDeadlines.pause(c, at(60));
        ComplaintDeadlines.resume(c, at(62));
        ComplaintDeadlines.reprioritize(c, Duration.ofHours(24), Duration.ofHours(12));
        assertThat(c.resolveDueAt).isEqualTo(at(70));
    }

    @Test
    void anotherPriorityRecountsTheRunningDeadlinesFromFilingWithThePausesKept() {
        Complaint c = filed(ComplaintPriority.LOW);
        c.pausedSeconds = Duration.ofHours(3).toSeconds();
        ComplaintDeadlines.answered(c, at(1));
        ComplaintDeadlines.reprioritize(c, Duration.ofHours(4), Duration.ofHours(12));
        assertThat(c.answerDueAt).as("met: kept").isEqualTo(at(24));
        assertThat(c.resolveDueAt).isEqualTo(at(15));
    }

    @Test
    void overdueMeansARunningDeadlineHasPassed() {
        Complaint c = filed(ComplaintPriority.MEDIUM);
        assertThat(ComplaintDeadlines.overdue(c, at(23))).isFalse();
        assertThat(ComplaintDeadlines.overdue(c, at(25))).isTrue();
        ComplaintDeadlines.answered(c, at(25));
        assertThat(ComplaintDeadlines.overdue(c, at(47))).as("answered, resolution still running").isFalse();
        assertThat(ComplaintDeadlines.overdue(c, at(49))).isTrue();
        ComplaintDeadlines.pause(c, at(49));
        assertThat(ComplaintDeadlines.overdue(c, at(60))).as("paused").isFalse();
        c.pausedSince = null;
        c.status = ComplaintStatus.CLOSED;
        assertThat(ComplaintDeadlines.overdue(c, at(60))).as("closed").isFalse();
    }

    @Test
    void theClockSaysMetMissedOrRunningAndTheNextDeadlineIsTheAnswerUntilItIsGiven() {
        Complaint c = filed(ComplaintPriority.MEDIUM);
        assertThat(ComplaintDeadlines.next(c)).isEqualTo(at(24));
        ComplaintClock running = ComplaintDeadlines.clock(c, SHANGHAI, at(4));
        assertThat(running.answer().met()).isNull();
        assertThat(running.answer().remainingMinutes()).isEqualTo(20 * 60);
        assertThat(running.answer().dueAt()).isEqualTo(OffsetDateTime.parse("2026-11-25T10:00:00+08:00"));
        assertThat(ComplaintDeadlines.clock(c, SHANGHAI, at(30)).answer().met()).isFalse();

        ComplaintDeadlines.answered(c, at(30));
        assertThat(ComplaintDeadlines.next(c)).isEqualTo(at(48));
        ComplaintClock late = ComplaintDeadlines.clock(c, SHANGHAI, at(40));
        assertThat(late.answer().met()).isFalse();
        assertThat(late.answer().remainingMinutes()).isEqualTo(-6 * 60);
        ComplaintDeadlines.resolved(c, at(47));
        assertThat(ComplaintDeadlines.clock(c, SHANGHAI, at(60)).resolve().met()).isTrue();
    }
}

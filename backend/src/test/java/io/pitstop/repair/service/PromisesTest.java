package io.pitstop.repair.service;

import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.shop.ShopSchedule;
import io.pitstop.shop.WorkClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The promised completion time and the hourly updates it implies, without a server. */
class PromisesTest {

    static final Instant T = Instant.parse("2026-12-07T02:00:00Z");

    /** The domain's defaults (RepairRules), as a config would give them. */
    static final RepairRules RULES = new RepairRules() {
        public Duration dispatchWithin() {
            return Duration.ofMinutes(5);
        }

        public Duration safetyStartWithin() {
            return Duration.ofMinutes(30);
        }

        public Duration longRepair() {
            return Duration.ofHours(2);
        }

        public Duration updateEvery() {
            return Duration.ofHours(1);
        }

        public Duration delayNoticeBefore() {
            return Duration.ofMinutes(30);
        }

        public Duration delayWatchBefore() {
            return Duration.ofMinutes(60);
        }

        public Duration supplementAnswerWithin() {
            return Duration.ofHours(2);
        }

        public int attachmentMaxBytes() {
            return 10 * 1024 * 1024;
        }
    };

    /** Open every day 08:30-18:00 in Shanghai (T is 10:00 there). */
    static final WorkClock SHOP = new WorkClock(java.time.ZoneId.of("Asia/Shanghai"), everyDay(), java.util.Set.of());

    static java.util.Map<java.time.DayOfWeek, ShopSchedule.Hours> everyDay() {
        var week = new java.util.EnumMap<java.time.DayOfWeek, ShopSchedule.Hours>(java.time.DayOfWeek.class);
        for (var d : java.time.DayOfWeek.values()) {
            week.put(d, new ShopSchedule.Hours(java.time.LocalTime.of(8, 30), java.time.LocalTime.of(18, 0)));
        }
        return week;
    }

    @Test
    void theApprovalPromisesCompletionAfterTheExpectedWorkshopTime() {
        assertThat(Promises.promise(SHOP, T, 180)).isEqualTo(T.plus(Duration.ofHours(3)));
    }

    @Test
    void workThatDoesNotFitTodayIsPromisedForTheNextOpenDay() {
        // Approved 17:50 Shanghai: ten minutes today, the other 80 from 08:30 tomorrow.
        Instant tenToClose = Instant.parse("2026-12-07T09:50:00Z");
        assertThat(Promises.promise(SHOP, tenToClose, 90)).isEqualTo(Instant.parse("2026-12-08T01:50:00Z"));
    }

    @Test
    void aDelayOnlyMovesThePromiseLaterAndNeverIntoThePast() {
        Instant promise = T.plus(Duration.ofHours(1));
        assertThat(Promises.acceptsNewPromise(promise, promise.plusSeconds(60), T)).isTrue();
        assertThat(Promises.acceptsNewPromise(promise, promise, T)).isFalse();
        assertThat(Promises.acceptsNewPromise(promise, promise.minusSeconds(60), T)).isFalse();
        // A promise already missed: the new one must still lie ahead.
        assertThat(Promises.acceptsNewPromise(T.minusSeconds(600), T.minusSeconds(60), T)).isFalse();
    }

    @Test
    void theTimeLeftIsWholeMinutesAndNeverNegative() {
        assertThat(Promises.minutesLeft(T, T.plusSeconds(40 * 60 + 59))).isEqualTo(40);
        assertThat(Promises.minutesLeft(T, T.minusSeconds(60))).isZero();
        assertThat(Promises.minutesLeft(T, null)).isNull();
    }

    @Test
    void onlyARepairLongerThanTheLongRepairOwesHourlyUpdates() {
        RepairOrder o = dispatched(120);
        assertThat(Promises.updateOverdue(o, T.plus(Duration.ofHours(5)), RULES)).isFalse();
        o.expectedMinutes = 121;
        assertThat(Promises.updateOverdue(o, T.plus(Duration.ofMinutes(59)), RULES)).isFalse();
        assertThat(Promises.updateOverdue(o, T.plus(Duration.ofMinutes(60)), RULES)).isTrue();
    }

    @Test
    void aPersonalUpdateRestartsTheHourButAnAutomaticOneDoesNot() {
        RepairOrder o = dispatched(240);
        o.lastStaffUpdateAt = T.plus(Duration.ofMinutes(40));
        o.lastUpdateAt = T.plus(Duration.ofMinutes(90));
        assertThat(Promises.updateOverdue(o, T.plus(Duration.ofMinutes(99)), RULES)).isFalse();
        assertThat(Promises.updateOverdue(o, T.plus(Duration.ofMinutes(100)), RULES)).isTrue();
        o.status = RepairStatus.READY;
        assertThat(Promises.updateOverdue(o, T.plus(Duration.ofMinutes(100)), RULES)).isFalse();
    }

    @Test
    void theUpdatePeriodsAreCountedFromTheDispatch() {
        assertThat(Promises.period(T, T.plus(Duration.ofMinutes(59)), RULES)).isZero();
        assertThat(Promises.period(T, T.plus(Duration.ofMinutes(61)), RULES)).isEqualTo(1);
        assertThat(Promises.period(T, T.plus(Duration.ofMinutes(122)), RULES)).isEqualTo(2);
    }

    private static RepairOrder dispatched(int expectedMinutes) {
        RepairOrder o = new RepairOrder();
        o.status = RepairStatus.IN_REPAIR;
        o.expectedMinutes = expectedMinutes;
        o.dispatchedAt = T;
        return o;
    }
}

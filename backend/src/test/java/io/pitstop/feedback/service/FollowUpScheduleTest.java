package io.pitstop.feedback.service;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** When follow-up work is due: retries on other days, working days for a problem, without a server. */
class FollowUpScheduleTest {

    private static final FollowUpRules RULES = ConfiguredRules.defaults(FollowUpRules.class);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @Test
    void theDomainsNumbersAreTheDefaults() {
        assertThat(RULES.delay()).isEqualTo(Duration.ofDays(3));
        assertThat(RULES.dueWithin()).isEqualTo(Duration.ofDays(7));
        assertThat(RULES.retries()).isEqualTo(3);
        assertThat(RULES.problemWorkingDays()).isEqualTo(3);
    }

    @Test
    void aRetryFallsOnTheNextDayTheShopIsOpen() {
        var week = new java.util.EnumMap<java.time.DayOfWeek, io.pitstop.shop.ShopSchedule.Hours>(java.time.DayOfWeek.class);
        for (var d : java.time.DayOfWeek.values()) {
            if (d != java.time.DayOfWeek.SATURDAY && d != java.time.DayOfWeek.SUNDAY) {
                week.put(d, new io.pitstop.shop.ShopSchedule.Hours(java.time.LocalTime.of(8, 30), java.time.LocalTime.of(18, 0)));
            }
        }
        var work = new io.pitstop.shop.WorkClock(ZoneId.of("Asia/Shanghai"), week, Set.of(FRIDAY.plusDays(3)));
        // Friday's retry: not Saturday or Sunday (closed weekdays), not Monday (a closed day), but Tuesday.
        assertThat(FollowUpSchedule.nextAttempt(FRIDAY, work)).isEqualTo(FRIDAY.plusDays(4));
        assertThat(FollowUpSchedule.nextAttempt(FRIDAY.minusDays(1), work)).isEqualTo(FRIDAY);
    }

    @Test
    void aCustomerNotReachedIsTriedOnAnotherDayThreeMoreTimesThenIsUnreachable() {
        assertThat(FollowUpSchedule.nextAttempt(FRIDAY)).isEqualTo(FRIDAY.plusDays(1));
        assertThat(FollowUpSchedule.unreachable(1, RULES.retries())).isFalse();
        assertThat(FollowUpSchedule.unreachable(3, RULES.retries())).isFalse();
        assertThat(FollowUpSchedule.unreachable(4, RULES.retries())).isTrue();
    }

    @Test
    void workingDaysSkipTheWeekendAndTheShopsClosedDays() {
        assertThat(FollowUpSchedule.workingDaysLater(FRIDAY, 3, Set.of())).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(FollowUpSchedule.workingDaysLater(FRIDAY.minusDays(1), 1, Set.of())).isEqualTo(FRIDAY);
        assertThat(FollowUpSchedule.workingDaysLater(FRIDAY.plusDays(1), 1, Set.of())).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(FollowUpSchedule.workingDaysLater(FRIDAY, 3, Set.of(LocalDate.of(2026, 12, 1)))).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void aProblemIsDueAtTheEndOfItsLastWorkingDayInTheShopsZone() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        assertThat(FollowUpSchedule.problemDueAt(FRIDAY, RULES.problemWorkingDays(), Set.of(), shanghai))
                .isEqualTo(Instant.parse("2026-12-02T15:59:59Z"));
    }
}

package io.pitstop.demo;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the demo puts "today" whatever the time of its first start (the demo shop: Mon-Sat 08:30-18:00, Sun 09:00-17:00). */
class DemoTodayTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Duration BACK = DemoData.TODAY_REACHES_BACK;

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    static Instant today(String local) {
        return DemoData.today(DemoData.WORK, at(local), BACK);
    }

    @Test
    void startedInTheAfternoonTodayIsNow() {
        assertThat(today("2026-12-08T15:20")).isEqualTo(at("2026-12-08T15:20"));
    }

    @Test
    void startedAtNightTodayEndsAtTheLastClosing() {
        // 02:00 on a Tuesday: Monday's day, anchored at its 18:00 closing, not cars arriving at 02:45.
        assertThat(today("2026-12-08T02:00")).isEqualTo(at("2026-12-07T18:00"));
        assertThat(today("2026-12-08T23:30")).isEqualTo(at("2026-12-08T18:00"));
        // Monday 02:00: Sunday closes at 17:00.
        assertThat(today("2026-12-07T02:00")).isEqualTo(at("2026-12-06T17:00"));
    }

    @Test
    void startedEarlyInTheMorningTheDayBeforeHoldsTheScenarios() {
        // 10:00: only 90 minutes of today lie behind, the scenarios reach back five hours: yesterday's closing.
        assertThat(today("2026-12-08T10:00")).isEqualTo(at("2026-12-07T18:00"));
        assertThat(today("2026-12-08T13:30")).isEqualTo(at("2026-12-08T13:30"));
    }

    @Test
    void everyMomentOfTheDaysScenariosIsInsideOpeningHours() {
        for (int minute = 0; minute < 7 * 24 * 60; minute += 17) {
            Instant now = at("2026-12-07T00:00").plus(Duration.ofMinutes(minute));
            Instant today = DemoData.today(DemoData.WORK, now, BACK);
            assertThat(today).isBeforeOrEqualTo(now);
            Instant earliest = today.minus(BACK);
            assertThat(DemoData.WORK.isOpen(earliest)).as("%s from %s", earliest, now).isTrue();
            assertThat(earliest.atZone(SHANGHAI).toLocalDate()).isEqualTo(today.minusSeconds(1).atZone(SHANGHAI).toLocalDate());
        }
    }
}

package io.pitstop.shop;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Working time counted in opening hours only, without a server. */
class WorkClockTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Monday to Saturday 08:30-18:00, Sunday closed; 2026-12-07 is a Monday. */
    static final WorkClock SHOP = new WorkClock(SHANGHAI, week(), Set.of(LocalDate.of(2026, 12, 9)));

    static Map<DayOfWeek, ShopSchedule.Hours> week() {
        Map<DayOfWeek, ShopSchedule.Hours> w = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d != DayOfWeek.SUNDAY) {
                w.put(d, new ShopSchedule.Hours(LocalTime.of(8, 30), LocalTime.of(18, 0)));
            }
        }
        return w;
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    @Test
    void workThatFitsTheDayEndsTheSameDay() {
        assertThat(SHOP.add(at("2026-12-07T10:00"), Duration.ofMinutes(90))).isEqualTo(at("2026-12-07T11:30"));
    }

    @Test
    void anApprovalAtTenToCloseContinuesFromOpeningTheNextOpenDay() {
        assertThat(SHOP.add(at("2026-12-07T17:50"), Duration.ofMinutes(90))).isEqualTo(at("2026-12-08T09:50"));
    }

    @Test
    void workStartedAtNightStartsCountingAtOpening() {
        // The case: approved at 05:38 in a shop opening at 08:30.
        assertThat(SHOP.add(at("2026-12-07T05:38"), Duration.ofMinutes(90))).isEqualTo(at("2026-12-07T10:00"));
        assertThat(SHOP.add(at("2026-12-07T23:10"), Duration.ofMinutes(30))).isEqualTo(at("2026-12-08T09:00"));
    }

    @Test
    void closedDaysAndClosedWeekdaysAreSkipped() {
        // Tuesday 17:00 + 2 h: one hour Tuesday, Wednesday is a closed day, one hour from Thursday's opening.
        assertThat(SHOP.add(at("2026-12-08T17:00"), Duration.ofHours(2))).isEqualTo(at("2026-12-10T09:30"));
        // Saturday 17:30 + 1 h: Sunday is closed, so Monday 09:00.
        assertThat(SHOP.add(at("2026-12-12T17:30"), Duration.ofHours(1))).isEqualTo(at("2026-12-14T09:00"));
    }

    @Test
    void workSpanningSeveralDaysCountsOnlyOpeningHours() {
        // 9.5 h a day: 20 h from Monday's opening is two full days and one hour (Wednesday closed).
        assertThat(SHOP.add(at("2026-12-07T08:30"), Duration.ofHours(20))).isEqualTo(at("2026-12-10T09:30"));
    }

    @Test
    void workEndingAtClosingEndsThen() {
        assertThat(SHOP.add(at("2026-12-07T17:00"), Duration.ofHours(1))).isEqualTo(at("2026-12-07T18:00"));
    }

    @Test
    void nextOpenIsNowWhileOpenElseTheNextOpening() {
        assertThat(SHOP.nextOpen(at("2026-12-07T12:00"))).isEqualTo(at("2026-12-07T12:00"));
        assertThat(SHOP.nextOpen(at("2026-12-07T08:30"))).isEqualTo(at("2026-12-07T08:30"));
        assertThat(SHOP.nextOpen(at("2026-12-07T18:00"))).isEqualTo(at("2026-12-08T08:30"));
        assertThat(SHOP.nextOpen(at("2026-12-07T02:45"))).isEqualTo(at("2026-12-07T08:30"));
        assertThat(SHOP.nextOpen(at("2026-12-08T19:00"))).isEqualTo(at("2026-12-10T08:30"));
    }

    @Test
    void isOpenFromOpeningUntilJustBeforeClosing() {
        assertThat(SHOP.isOpen(at("2026-12-07T08:29"))).isFalse();
        assertThat(SHOP.isOpen(at("2026-12-07T08:30"))).isTrue();
        assertThat(SHOP.isOpen(at("2026-12-07T17:59"))).isTrue();
        assertThat(SHOP.isOpen(at("2026-12-07T18:00"))).isFalse();
        assertThat(SHOP.isOpen(at("2026-12-09T12:00"))).isFalse();
        assertThat(SHOP.isOpen(at("2026-12-13T12:00"))).isFalse();
    }

    @Test
    void aDeadlineOutsideHoursMovesBackToTheLastClosing() {
        assertThat(SHOP.lastOpenAtOrBefore(at("2026-12-07T12:00"))).isEqualTo(at("2026-12-07T12:00"));
        assertThat(SHOP.lastOpenAtOrBefore(at("2026-12-08T02:00"))).isEqualTo(at("2026-12-07T18:00"));
        assertThat(SHOP.lastOpenAtOrBefore(at("2026-12-14T07:00"))).isEqualTo(at("2026-12-12T18:00"));
    }

    @Test
    void aShopWithoutAnyHoursYetCountsTheWallClock() {
        WorkClock unset = new WorkClock(SHANGHAI, Map.of(), Set.of());
        assertThat(unset.add(at("2026-12-07T23:00"), Duration.ofMinutes(90))).isEqualTo(at("2026-12-08T00:30"));
        assertThat(unset.isOpen(at("2026-12-07T03:00"))).isTrue();
    }

    @Test
    void negativeWorkIsAProgrammingError() {
        assertThatThrownBy(() -> SHOP.add(at("2026-12-07T10:00"), Duration.ofMinutes(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}

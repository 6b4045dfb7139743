package io.pitstop.shop;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shop's working time: only opening hours count (the weekly hours, the closed days, in the shop's zone), and
 * what does not fit into today carries over to the next open day. Promises, emergency offers and call times are put
 * on this clock so that none of them falls while the shop is closed. Pure: no server, no database.
 */
public record WorkClock(ZoneId zone, Map<DayOfWeek, ShopSchedule.Hours> week, Set<LocalDate> closedDays) {

    /** Days searched for an open one before giving up: a year and a bit covers any closing the settings allow. */
    private static final int SEARCH_DAYS = 400;

    /** Opening hours of a date, empty when closed (no hours that weekday, or a closed day). */
    public Optional<ShopSchedule.Hours> hoursOn(LocalDate date) {
        if (closedDays.contains(date)) {
            return Optional.empty();
        }
        return Optional.ofNullable(week.get(date.getDayOfWeek()));
    }

    /** True while the shop is open at the instant (from opening, inclusive, to closing, exclusive). */
    public boolean isOpen(Instant t) {
        if (week.isEmpty()) {
            return true;
        }
        ZonedDateTime local = t.atZone(zone);
        return hoursOn(local.toLocalDate())
                .map(h -> !local.toLocalTime().isBefore(h.opens()) && local.toLocalTime().isBefore(h.closes()))
                .orElse(false);
    }

    /** The instant itself when the shop is open then, else the next opening. */
    public Instant nextOpen(Instant t) {
        if (week.isEmpty()) {
            return t;
        }
        ZonedDateTime local = t.atZone(zone);
        LocalDate day = local.toLocalDate();
        for (int n = 0; n < SEARCH_DAYS; n++, day = day.plusDays(1)) {
            Optional<ShopSchedule.Hours> hours = hoursOn(day);
            if (hours.isEmpty()) {
                continue;
            }
            Instant opens = opens(day, hours.get());
            Instant closes = closes(day, hours.get());
            if (t.isBefore(opens)) {
                return opens;
            }
            if (t.isBefore(closes)) {
                return t;
            }
        }
        throw new IllegalStateException("The shop does not open within " + SEARCH_DAYS + " days of " + t);
    }

    /**
     * The end of {@code work} counted in opening hours from {@code start}: what is left at closing continues at the
     * next opening. Work that ends exactly at closing ends then (not at the next opening).
     */
    public Instant add(Instant start, Duration work) {
        if (work.isNegative()) {
            throw new IllegalArgumentException("work must not be negative: " + work);
        }
        if (week.isEmpty()) {
            return start.plus(work);
        }
        Instant at = nextOpen(start);
        Duration left = work;
        while (true) {
            LocalDate day = at.atZone(zone).toLocalDate();
            Instant closes = closes(day, hoursOn(day).orElseThrow());
            Duration today = Duration.between(at, closes);
            if (left.compareTo(today) <= 0) {
                return at.plus(left);
            }
            left = left.minus(today);
            at = nextOpen(closes);
        }
    }

    /** The instant itself when the shop is open then, else the last closing before it (a deadline kept inside hours). */
    public Instant lastOpenAtOrBefore(Instant t) {
        if (isOpen(t)) {
            return t;
        }
        LocalDate day = t.atZone(zone).toLocalDate();
        for (int n = 0; n < SEARCH_DAYS; n++, day = day.minusDays(1)) {
            Optional<ShopSchedule.Hours> hours = hoursOn(day);
            if (hours.isPresent()) {
                Instant closes = closes(day, hours.get());
                if (!closes.isAfter(t)) {
                    return closes;
                }
            }
        }
        throw new IllegalStateException("The shop was not open within " + SEARCH_DAYS + " days before " + t);
    }

    private Instant opens(LocalDate day, ShopSchedule.Hours h) {
        return day.atTime(h.opens()).atZone(zone).toInstant();
    }

    private Instant closes(LocalDate day, ShopSchedule.Hours h) {
        return day.atTime(h.closes()).atZone(zone).toInstant();
    }
}

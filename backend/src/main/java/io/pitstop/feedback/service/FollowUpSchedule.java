package io.pitstop.feedback.service;

import io.pitstop.shop.WorkClock;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * When follow-up work is due, as pure rules: a customer not reached is tried again on another day until the retries
 * are used up, and a problem raised in a call is solved by the end of the working day that many working days later
 * (Monday to Friday, the shop's closed days excepted).
 */
public final class FollowUpSchedule {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private FollowUpSchedule() {
    }

    /** A customer not reached today is tried again tomorrow at the earliest. */
    public static LocalDate nextAttempt(LocalDate today) {
        return today.plusDays(1);
    }

    /** ... on the next day the shop is open (nobody calls on a closed day). */
    public static LocalDate nextAttempt(LocalDate today, WorkClock work) {
        return work.nextOpen(nextAttempt(today).atStartOfDay(work.zone()).toInstant()).atZone(work.zone()).toLocalDate();
    }

    /** After the first call and {@code retries} more without reaching the customer, they are unreachable. */
    public static boolean unreachable(int attempts, int retries) {
        return attempts > retries;
    }

    /** The day that many working days after {@code from}. */
    public static LocalDate workingDaysLater(LocalDate from, int days, Set<LocalDate> closedDays) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !closedDays.contains(d)) {
                left--;
            }
        }
        return d;
    }

    /** A problem reported on {@code reported} is due at the end of the last of its working days. */
    public static Instant problemDueAt(LocalDate reported, int workingDays, Set<LocalDate> closedDays, ZoneId zone) {
        return workingDaysLater(reported, workingDays, closedDays).atTime(END_OF_DAY).atZone(zone).toInstant();
    }
}

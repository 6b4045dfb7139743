package io.pitstop.feedback.service;

import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The days a report covers, from and to included, in the shop's time zone, as the instants [start, end) that queries
 * compare with; a day left out takes its default (today for {@code to}). A period ends on or after its start and spans
 * at most {@link #MAX_DAYS}: a ten-year CSV is a query and a file no one meant to ask for.
 */
public record ReportPeriod(Instant start, Instant end, ZoneId zone) {

    /** The longest report (ratings, complaint figures and their CSV): a year and a month, as the indicators'. */
    public static final int MAX_DAYS = 400;

    public static ReportPeriod of(LocalDate from, LocalDate to, LocalDate defaultFrom, LocalDate today, ZoneId zone) {
        LocalDate f = from != null ? from : defaultFrom;
        LocalDate t = to != null ? to : today;
        if (t.isBefore(f)) {
            throw new InvalidInputException("to", Detail.of("problem.period-ends-before-it-starts"));
        }
        if (ChronoUnit.DAYS.between(f, t) >= MAX_DAYS) {
            throw new InvalidInputException("to", Detail.of("problem.period-too-long", Map.of("days", MAX_DAYS)));
        }
        return new ReportPeriod(f.atStartOfDay(zone).toInstant(), t.plusDays(1).atStartOfDay(zone).toInstant(), zone);
    }
}

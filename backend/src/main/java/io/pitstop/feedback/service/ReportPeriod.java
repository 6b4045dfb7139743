package io.pitstop.feedback.service;

import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days a report covers, from and to included, in the shop's time zone, as the instants [start, end) that queries
 * compare with; a day left out takes its default (today for {@code to}).
 */
public record ReportPeriod(Instant start, Instant end, ZoneId zone) {

    public static ReportPeriod of(LocalDate from, LocalDate to, LocalDate defaultFrom, LocalDate today, ZoneId zone) {
        LocalDate f = from != null ? from : defaultFrom;
        LocalDate t = to != null ? to : today;
        if (t.isBefore(f)) {
            throw new InvalidInputException("to", Detail.of("problem.period-ends-before-it-starts"));
        }
        return new ReportPeriod(f.atStartOfDay(zone).toInstant(), t.plusDays(1).atStartOfDay(zone).toInstant(), zone);
    }
}

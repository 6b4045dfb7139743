package io.pitstop.complaint.service;

import io.pitstop.complaint.ComplaintStats;
import io.pitstop.complaint.persistence.Complaint;
import io.pitstop.complaint.persistence.ComplaintRepository;
import io.pitstop.common.Language;
import io.pitstop.common.Messages;
import io.pitstop.common.Times;
import io.pitstop.feedback.service.ReportPeriod;
import io.pitstop.identity.Person;
import io.pitstop.identity.service.People;
import io.pitstop.shop.ShopService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The monthly analysis of complaints, computed in SQL from what was recorded (never from counters): counts by
 * category, channel, team, priority and month, time to answer and to resolve (median, 90th percentile, wall-clock
 * minutes from filing), the share within the deadline, and the recurring causes (tags). Also as CSV.
 */
@ApplicationScoped
public class ComplaintAnalysis {

    private final ComplaintRepository complaints;
    private final People people;
    private final ShopService shop;
    private final Clock clock;

    public ComplaintAnalysis(ComplaintRepository complaints, People people, ShopService shop, Clock clock) {
        this.complaints = complaints;
        this.people = people;
        this.shop = shop;
        this.clock = clock;
    }

    @WithSession
    public Uni<ComplaintStats> stats(LocalDate from, LocalDate to) {
        return period(from, to).chain(p -> {
            Instant start = p.start();
            Instant end = p.end();
            return counts("category", start, end).chain(byCategory -> counts("channel", start, end).chain(byChannel -> counts("team", start, end)
                    .chain(byTeam -> counts("priority", start, end).chain(byPriority -> months(start, end, p.zone())
                            .chain(byMonth -> timing("answered_at", "answer_due_at", start, end).chain(answer ->
                                    timing("resolved_at", "resolve_due_at", start, end).chain(resolve -> tags(start, end).map(tags ->
                                            new ComplaintStats(byCategory.values().stream().mapToLong(Long::longValue).sum(), byCategory,
                                                    byChannel, byTeam, byPriority, byMonth, answer, resolve, tags)))))))));
        });
    }

    /** The columns of the CSV, each headed by {@code csv.complaint.<column>} in the reader's language. */
    static final List<String> CSV_COLUMNS = List.of("number", "created_at", "channel", "category", "priority", "team", "owner", "subject",
            "status", "answered_at", "answered_in_time", "resolved_at", "resolved_in_time", "closed_at", "satisfaction", "tags");

    /**
     * One line per complaint filed in the period, in the reader's language (headers, channel, category, priority, team,
     * status, yes/no), UTF-8 with a byte order mark so that spreadsheet programs read the Chinese right.
     */
    @WithSession
    public Uni<String> csv(LocalDate from, LocalDate to, Language language) {
        return period(from, to).chain(p -> complaints.list("createdAt >= ?1 and createdAt < ?2 order by createdAt", p.start(), p.end())
                .chain(list -> names(list).map(names -> {
                    StringBuilder out = new StringBuilder("\uFEFF");
                    row(out, CSV_COLUMNS.stream().map(c -> (Object) Messages.text(language, "csv.complaint." + c, Map.of())).toArray());
                    for (Complaint c : list) {
                        row(out, c.number, at(c.createdAt, p.zone()), word(language, "channel", c.channel), word(language, "category", c.category),
                                word(language, "priority", c.priority), word(language, "team", c.team), names.get(c.ownerId),
                                c.subjectId == null ? "" : names.get(c.subjectId), word(language, "status", c.status),
                                at(c.answeredAt, p.zone()), c.answeredAt == null ? "" : yesNo(language, !c.answeredAt.isAfter(c.answerDueAt)),
                                at(c.resolvedAt, p.zone()), c.resolvedAt == null ? "" : yesNo(language, !c.resolvedAt.isAfter(c.resolveDueAt)),
                                at(c.closedAt, p.zone()), c.satisfaction == null ? "" : c.satisfaction, c.tags == null ? "" : c.tags.replace('|', ';'));
                    }
                    return out.toString();
                })));
    }

    private static String word(Language language, String kind, Enum<?> value) {
        return value == null ? "" : Messages.text(language, "csv.complaint." + kind + "." + value.name(), Map.of());
    }

    private static String yesNo(Language language, boolean yes) {
        return Messages.text(language, yes ? "csv.complaint.yes" : "csv.complaint.no", Map.of());
    }

    /** By default this month so far. */
    private Uni<ReportPeriod> period(LocalDate from, LocalDate to) {
        return shop.zone().map(zone -> {
            LocalDate today = LocalDate.now(clock.withZone(zone));
            return ReportPeriod.of(from, to, today.withDayOfMonth(1), today, zone);
        });
    }

    private Uni<Map<String, Long>> counts(String column, Instant start, Instant end) {
        return rows("select " + column + ", count(*) from complaint where created_at >= ?1 and created_at < ?2 group by " + column
                + " order by count(*) desc, " + column, start, end).map(rows -> {
            Map<String, Long> map = new LinkedHashMap<>();
            rows.forEach(r -> map.put((String) r[0], ((Number) r[1]).longValue()));
            return map;
        });
    }

    private Uni<Map<String, Long>> months(Instant start, Instant end, ZoneId zone) {
        return rows("select to_char(created_at at time zone '" + zone.getId().replace("'", "") + "', 'YYYY-MM') m, count(*) from complaint "
                + "where created_at >= ?1 and created_at < ?2 group by m order by m", start, end).map(rows -> {
            Map<String, Long> map = new LinkedHashMap<>();
            rows.forEach(r -> map.put((String) r[0], ((Number) r[1]).longValue()));
            return map;
        });
    }

    private Uni<ComplaintStats.Timing> timing(String done, String due, Instant start, Instant end) {
        String percentiles = "select count(*), percentile_cont(0.5) within group (order by m), percentile_cont(0.9) within group (order by m) "
                + "from (select extract(epoch from " + done + " - created_at) / 60 as m from complaint "
                + "where created_at >= ?1 and created_at < ?2 and " + done + " is not null) t";
        String shares = "select count(*) filter (where " + done + " is not null and " + done + " <= " + due + "), "
                + "count(*) filter (where " + done + " is not null or (" + due + " <= ?3 and paused_since is null)) "
                + "from complaint where created_at >= ?1 and created_at < ?2";
        return rows(percentiles, start, end).chain(p -> rows(shares, start, end, clock.instant()).map(s -> {
            Object[] pr = p.get(0);
            Object[] sr = s.get(0);
            long count = ((Number) pr[0]).longValue();
            long within = ((Number) sr[0]).longValue();
            long dueCount = ((Number) sr[1]).longValue();
            return new ComplaintStats.Timing(count, round(pr[1]), round(pr[2]), within, dueCount,
                    dueCount == 0 ? null : Math.round(within * 10000.0 / dueCount) / 10000.0);
        }));
    }

    private Uni<List<ComplaintStats.TagCount>> tags(Instant start, Instant end) {
        return rows("select tag, count(*) from complaint, unnest(string_to_array(tags, '|')) as tag "
                + "where created_at >= ?1 and created_at < ?2 and tags is not null group by tag order by count(*) desc, tag limit 10", start, end)
                .map(rows -> rows.stream().map(r -> new ComplaintStats.TagCount((String) r[0], ((Number) r[1]).longValue())).toList());
    }

    private Uni<List<Object[]>> rows(String sql, Instant... params) {
        return Panache.getSession().chain(s -> {
            var q = s.createNativeQuery(sql, Object[].class);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i].atOffset(ZoneOffset.UTC));
            }
            return q.getResultList();
        });
    }

    private Uni<Map<UUID, String>> names(List<Complaint> list) {
        return people.byIds(list.stream().flatMap(c -> java.util.stream.Stream.of(c.ownerId, c.subjectId)).toList())
                .map(byId -> byId.values().stream().collect(Collectors.toMap(Person::id, Person::name)));
    }

    private static Double round(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }

    private static String at(Instant i, ZoneId zone) {
        return i == null ? "" : Times.at(i, zone).toString();
    }

    private static void row(StringBuilder out, Object... cells) {
        List<String> quoted = new ArrayList<>();
        for (Object cell : cells) {
            String s = cell == null ? "" : cell.toString();
            quoted.add(s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
        }
        out.append(String.join(",", quoted)).append("\r\n");
    }
}

package io.pitstop.kpi;

import io.pitstop.common.Paging;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Computes the indicators of a period, for the shop or per person, with the previous period of the same length, and
 * lists the items behind a figure. Read-only: it writes nothing, and every number comes from {@link IndicatorSql}
 * over the recorded history. The queries of one report run at once on the pool.
 */
@ApplicationScoped
public class KpiService {

    /** The longest period one report may span. */
    static final int MAX_DAYS = 400;

    private final Pool pool;
    private final KpiRules rules;
    private final Clock clock;

    public KpiService(Pool pool, KpiRules rules, Clock clock) {
        this.pool = pool;
        this.rules = rules;
        this.clock = clock;
    }

    /** The days of a period, in the shop's time zone, as instants [from, to). */
    record Period(LocalDate first, LocalDate last, OffsetDateTime from, OffsetDateTime to) {

        static Period of(LocalDate first, LocalDate last, ZoneId zone) {
            return new Period(first, last, first.atStartOfDay(zone).toOffsetDateTime(),
                    last.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }

        Period previous(ZoneId zone) {
            long days = ChronoUnit.DAYS.between(first, last) + 1;
            return of(first.minusDays(days), first.minusDays(1), zone);
        }
    }

    public Uni<KpiReport> report(LocalDate from, LocalDate to, Scope scope, Set<Indicator> only) {
        Scope s = scope == null ? Scope.SHOP : scope;
        List<Indicator> wanted = Arrays.stream(Indicator.values())
                .filter(i -> only == null || only.isEmpty() || only.contains(i))
                .filter(i -> s == Scope.SHOP || i.scopes().contains(s))
                .toList();
        return zone().chain(zone -> {
            Period current = period(from, to, zone);
            Period previous = current.previous(zone);
            List<Uni<IndicatorReport>> reports = wanted.stream()
                    .map(i -> figures(i, current, previous, s).map(both -> report(i, both.current(), both.previous())))
                    .toList();
            Uni<List<IndicatorReport>> all = reports.isEmpty() ? Uni.createFrom().item(List.of())
                    : Uni.join().all(reports).andFailFast();
            return all.chain(list -> named(list)).map(list -> new KpiReport(current.first(), current.last(),
                    previous.first(), previous.last(), s, zone.getId(), list));
        });
    }

    /** The items behind a figure: for the shop, or for one person of the scope. */
    public Uni<List<KpiItem>> items(Indicator indicator, LocalDate from, LocalDate to, Scope scope, UUID subject, Paging.Page page) {
        if (subject != null && (scope == null || scope == Scope.SHOP)) {
            throw new InvalidInputException("scope", Detail.of("problem.kpi.scope-of-subject"));
        }
        if (scope != null && scope != Scope.SHOP && !indicator.scopes().contains(scope)) {
            throw new InvalidInputException("scope", Detail.of("problem.kpi.scope-not-broken-down",
                    Map.of("scopes", indicator.scopes().toString())));
        }
        return zone().chain(zone -> {
            Period p = period(from, to, zone);
            IndicatorSql.Query q = IndicatorSql.of(indicator, rules);
            String filter2 = subject == null ? "" : " where " + column(scope) + " = '" + subject + "'::uuid";
            String sql = bind("select " + IndicatorSql.COLUMNS + " from (" + q.sql() + ") items" + filter2
                    + " order by at, reference limit " + page.limit() + " offset " + page.offset(), q, p);
            return pool.query(sql).execute().map(rows -> {
                List<KpiItem> items = new ArrayList<>();
                for (Row r : rows) {
                    items.add(item(indicator, r));
                }
                return items;
            });
        });
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private record Figure(UUID subject, BigDecimal num, BigDecimal den, long items, Double median) {
    }

    private record Figures(List<Figure> current, List<Figure> previous) {
    }

    /**
     * The figures of both periods from one pass: the query runs over both (they are adjacent) and each item falls in
     * the period of its time, so every table is read once per indicator, not once per period.
     */
    private Uni<Figures> figures(Indicator indicator, Period current, Period previous, Scope scope) {
        IndicatorSql.Query q = IndicatorSql.of(indicator, rules);
        String subject = scope == Scope.SHOP ? "null::uuid" : column(scope);
        String period = "case when at >= " + literal(current.from()) + " then 'C' else 'P' end";
        String sql = "select " + period + " as period, " + subject + " as subject, coalesce(sum(num), 0) as num, "
                + "coalesce(sum(den), 0) as den, count(*) as n, percentile_cont(0.5) within group (order by measure) as median "
                + "from (" + q.sql() + ") items"
                + (scope == Scope.SHOP ? "" : " where " + subject + " is not null")
                + " group by 1" + (scope == Scope.SHOP ? "" : ", 2");
        Period both = new Period(previous.first(), current.last(), previous.from(), current.to());
        return pool.query(bind(sql, q, both)).execute().map(rows -> {
            List<Figure> now = new ArrayList<>();
            List<Figure> before = new ArrayList<>();
            for (Row r : rows) {
                Object median = r.getValue("median");
                Figure f = new Figure(r.getUUID("subject"), r.getBigDecimal("num"), r.getBigDecimal("den"), r.getLong("n"),
                        median == null ? null : ((Number) median).doubleValue());
                ("C".equals(r.getString("period")) ? now : before).add(f);
            }
            if (now.isEmpty() && scope == Scope.SHOP) {
                now.add(new Figure(null, BigDecimal.ZERO, BigDecimal.ZERO, 0, null));
            }
            return new Figures(now, before);
        });
    }

    private IndicatorReport report(Indicator i, List<Figure> current, List<Figure> previous) {
        Map<UUID, Figure> before = new HashMap<>();
        previous.forEach(f -> before.put(f.subject() == null ? SHOP : f.subject(), f));
        List<IndicatorFigure> figures = current.stream().map(f -> {
            Double value = value(i, f.num(), f.den());
            Figure was = before.get(f.subject() == null ? SHOP : f.subject());
            Double previousValue = was == null ? null : value(i, was.num(), was.den());
            return new IndicatorFigure(f.subject() == null ? null : new PersonRef(f.subject().toString(), null), value,
                    f.num().stripTrailingZeros(), f.den().stripTrailingZeros(), f.items(),
                    f.median() == null ? null : round(f.median()), previousValue, i.status(value));
        }).toList();
        return new IndicatorReport(i, rules.render(i), i.unit(), i.target(), i.direction(), i.scopes(), figures);
    }

    private static final UUID SHOP = new UUID(0, 0);



    /** Scale x num / den, to two decimals; absent when nothing counted. */
    static Double value(Indicator i, BigDecimal num, BigDecimal den) {
        if (den == null || den.signum() == 0) {
            return null;
        }
        return num.multiply(BigDecimal.valueOf(i.unit().scale)).divide(den, 2, RoundingMode.HALF_UP).doubleValue();
    }

    private static double round(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** Puts the people's names on the figures of a per-person report. */
    private Uni<List<IndicatorReport>> named(List<IndicatorReport> reports) {
        UUID[] ids = reports.stream().flatMap(r -> r.figures().stream())
                .filter(f -> f.subject() != null).map(f -> UUID.fromString(f.subject().id())).distinct().toArray(UUID[]::new);
        if (ids.length == 0) {
            return Uni.createFrom().item(reports);
        }
        return pool.preparedQuery("select id, name from account where id = any($1)").execute(Tuple.of(ids)).map(rows -> {
            Map<String, String> names = new HashMap<>();
            rows.forEach(r -> names.put(r.getUUID("id").toString(), r.getString("name")));
            return reports.stream().map(r -> new IndicatorReport(r.code(), r.definition(), r.unit(), r.target(), r.direction(),
                    r.scopes(), r.figures().stream().map(f -> f.subject() == null ? f : new IndicatorFigure(
                            new PersonRef(f.subject().id(), names.get(f.subject().id())), f.value(), f.numerator(),
                            f.denominator(), f.items(), f.median(), f.previous(), f.status()))
                    .sorted(java.util.Comparator.comparing((IndicatorFigure f) -> f.subject().name() == null ? "" : f.subject().name()))
                    .toList())).collect(Collectors.toList());
        });
    }

    private KpiItem item(Indicator indicator, Row r) {
        BigDecimal num = r.getBigDecimal("num");
        BigDecimal den = r.getBigDecimal("den");
        BigDecimal measure = r.getBigDecimal("measure");
        boolean missed = switch (indicator.unit()) {
            case SCORE -> indicator.target() != null && measure != null && measure.doubleValue() < indicator.target();
            case HOURS -> false;
            // Less is better: against the target where there is one (paid above the agreed price), else any at all.
            default -> indicator.direction() == Indicator.Direction.AT_MOST
                    ? (indicator.target() == null ? num.signum() > 0
                    : num.multiply(BigDecimal.valueOf(indicator.unit().scale))
                    .compareTo(den.multiply(BigDecimal.valueOf(indicator.target()))) > 0)
                    : indicator.target() != null && den.signum() > 0 && num.compareTo(den) < 0;
        };
        OffsetDateTime at = r.getOffsetDateTime("at");
        return new KpiItem(r.getString("kind"), r.getUUID("id").toString(), r.getString("reference"),
                at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC), id(r, "advisor_id"), id(r, "technician_id"),
                id(r, "agent_id"), id(r, "parts_id"), num.stripTrailingZeros(), den.stripTrailingZeros(), missed, measure, r.getString("detail"));
    }

    private static String id(Row r, String column) {
        UUID id = r.getUUID(column);
        return id == null ? null : id.toString();
    }

    /**
     * The period, now and the limits written into the query as literals. They are ours (dates parsed from the request,
     * the clock, configured durations), never text from a client, and PostgreSQL plans each query for the actual
     * period: a prepared statement's generic plan, made for any range, scans a year's tables to count a day.
     */
    private String bind(String sql, IndicatorSql.Query q, Period p) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        return sql.replace("$1::timestamptz", literal(p.from())).replace("$2::timestamptz", literal(p.to()))
                .replace("$3::timestamptz", literal(now))
                .replace("$4::bigint", Long.toString(q.first().toSeconds()))
                .replace("$5::bigint", Long.toString(q.second().toSeconds()));
    }

    private static String literal(OffsetDateTime t) {
        return "'" + t.withOffsetSameInstant(ZoneOffset.UTC) + "'::timestamptz";
    }

    private static String column(Scope scope) {
        return switch (scope) {
            case ADVISOR -> "advisor_id";
            case TECHNICIAN -> "technician_id";
            case AGENT -> "agent_id";
            case PARTS -> "parts_id";
            case SHOP -> throw new IllegalArgumentException("no column for the shop");
        };
    }

    private Period period(LocalDate from, LocalDate to, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate first = from != null ? from : today.withDayOfMonth(1);
        LocalDate last = to != null ? to : (from != null ? from.withDayOfMonth(from.lengthOfMonth()) : today);
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", Detail.of("problem.kpi.to-before-from"));
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new InvalidInputException("to", Detail.of("problem.kpi.period-too-long", Map.of("days", MAX_DAYS)));
        }
        return Period.of(first, last, zone);
    }

    /**
     * The shop's time zone, read over the pool: several reports may run at once on one Vert.x context, and a shared
     * Hibernate session would be closed under them by the first to finish.
     */
    public Uni<ZoneId> zone() {
        return pool.query("select time_zone from shop where id = 1").execute()
                .map(rows -> ZoneId.of(rows.iterator().next().getString("time_zone")));
    }
}

package io.pitstop.appraisal;

import io.pitstop.common.Texts;
import com.fasterxml.jackson.core.type.TypeReference;
import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.JsonText;
import io.pitstop.common.NotFoundException;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Role;
import io.pitstop.kpi.Indicator;
import io.pitstop.kpi.IndicatorFigure;
import io.pitstop.kpi.IndicatorReport;
import io.pitstop.kpi.KpiService;
import io.pitstop.kpi.Scope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The monthly staff appraisal: each appraised person's score out of 100 from the indicators of their role (their own
 * figures), their self-assessment and their manager's rating, weighted per role; the domain's grades. While a month
 * is open it is computed from the history each time; closing it freezes what it was (later data never rewrites a
 * closed month). Staff see their own; managers see everyone's.
 */
@ApplicationScoped
public class AppraisalService {

    private static final TypeReference<List<AppraisalView.Part>> PARTS = new TypeReference<>() {
    };

    private final Pool pool;
    private final AppraisalWeights weights;
    private final KpiService kpis;
    private final JsonText json;
    private final Clock clock;

    public AppraisalService(Pool pool, AppraisalWeights weights, KpiService kpis, JsonText json, Clock clock) {
        this.pool = pool;
        this.weights = weights;
        this.kpis = kpis;
        this.json = json;
        this.clock = clock;
    }

    public static YearMonth month(String text) {
        try {
            return YearMonth.parse(io.pitstop.common.Dates.checked(text));
        } catch (RuntimeException e) {
            throw new InvalidInputException("month", Detail.of("problem.appraisal.month"));
        }
    }

    // --------------------------------------------------------------------------------------------------- reading

    /** The month's appraisals (this month, in the shop's time zone, when none is named). */
    public Uni<List<AppraisalView>> list(Caller caller, YearMonth wanted) {
        boolean manager = caller.role() == Role.MANAGER;
        UUID only = manager ? null : caller.accountId();
        Uni<YearMonth> month = wanted != null ? Uni.createFrom().item(wanted)
                : kpis.zone().map(zone -> YearMonth.now(clock.withZone(zone)));
        return month.chain(m -> closed(m).chain(closed -> closed ? frozen(m, only) : live(m, only)));
    }

    private Uni<List<AppraisalView>> live(YearMonth month, UUID only) {
        Uni<List<Row>> staff = pool.preparedQuery("select id, name, role from account where role = any($1) and active "
                        + (only == null ? "" : "and id = $2 ") + "order by role, name")
                .execute(only == null ? Tuple.of(roles()) : Tuple.of(roles(), only)).map(AppraisalService::rows);
        return Uni.combine().all().unis(staff, weights.all(), inputs(month), figures(month)).asTuple().map(t -> {
            List<AppraisalView> views = new ArrayList<>();
            for (Row person : t.getItem1()) {
                UUID id = person.getUUID("id");
                Role role = Role.valueOf(person.getString("role"));
                views.add(compute(month, id, person.getString("name"), role, t.getItem2().get(role), t.getItem3().get(id),
                        t.getItem4(), false));
            }
            return views;
        });
    }

    /** The person's figure of each indicator, by scope: indicator -> person -> value. */
    private Uni<Map<Indicator, Map<UUID, Double>>> figures(YearMonth month) {
        Map<Scope, Set<Indicator>> byScope = new EnumMap<>(Scope.class);
        for (Component c : Component.values()) {
            if (c.indicator() != null) {
                byScope.computeIfAbsent(c.scope(), s -> EnumSet.noneOf(Indicator.class)).add(c.indicator());
            }
        }
        List<Uni<List<IndicatorReport>>> reports = byScope.entrySet().stream()
                .map(e -> kpis.report(month.atDay(1), month.atEndOfMonth(), e.getKey(), e.getValue()).map(r -> r.indicators()))
                .toList();
        return Uni.join().all(reports).andFailFast().map(all -> {
            Map<Indicator, Map<UUID, Double>> values = new EnumMap<>(Indicator.class);
            for (List<IndicatorReport> list : all) {
                for (IndicatorReport r : list) {
                    Map<UUID, Double> byPerson = values.computeIfAbsent(r.code(), k -> new HashMap<>());
                    for (IndicatorFigure f : r.figures()) {
                        if (f.subject() != null && f.value() != null) {
                            byPerson.put(UUID.fromString(f.subject().id()), f.value());
                        }
                    }
                }
            }
            return values;
        });
    }

    /** The score: the weighted mean of the parts that have a value, each counted between 0 and 100. */
    static AppraisalView compute(YearMonth month, UUID id, String name, Role role, Map<Component, BigDecimal> weights,
                                 Input input, Map<Indicator, Map<UUID, Double>> figures, boolean closed) {
        List<AppraisalView.Part> parts = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal counted = BigDecimal.ZERO;
        for (Component c : Component.of(role)) {
            BigDecimal weight = weights == null ? BigDecimal.ZERO : weights.getOrDefault(c, BigDecimal.ZERO);
            Double value = switch (c) {
                case SELF -> input == null || input.self() == null ? null : input.self().doubleValue();
                case SUPERVISOR -> input == null || input.supervisor() == null ? null : input.supervisor().doubleValue();
                default -> figures.getOrDefault(c.indicator(), Map.of()).get(id);
            };
            Double points = c.points(value);
            parts.add(new AppraisalView.Part(c, weight, value, points));
            if (points != null && weight.signum() > 0) {
                weighted = weighted.add(weight.multiply(BigDecimal.valueOf(points)));
                counted = counted.add(weight);
            }
        }
        BigDecimal score = counted.signum() == 0 ? null : weighted.divide(counted, 2, RoundingMode.HALF_UP);
        return new AppraisalView(month.toString(), id.toString(), name, role, parts, score, Grade.of(score),
                input == null ? null : input.self(), input == null ? null : input.selfComment(),
                input == null ? null : input.supervisor(), input == null ? null : input.supervisorComment(), closed);
    }

    private Uni<List<AppraisalView>> frozen(YearMonth month, UUID only) {
        return Uni.combine().all().unis(
                        pool.preparedQuery("select * from appraisal_result where month = $1" + (only == null ? "" : " and staff_id = $2")
                                        + " order by role, name")
                                .execute(only == null ? Tuple.of(month.atDay(1)) : Tuple.of(month.atDay(1), only)).map(AppraisalService::rows),
                        inputs(month)).asTuple()
                .map(t -> t.getItem1().stream().map(r -> {
                    UUID id = r.getUUID("staff_id");
                    Input in = t.getItem2().get(id);
                    List<AppraisalView.Part> parts = json.read(r.getString("components"), PARTS);
                    String grade = r.getString("grade");
                    return new AppraisalView(month.toString(), id.toString(), r.getString("name"), Role.valueOf(r.getString("role")),
                            parts, r.getBigDecimal("score"), grade == null ? null : Grade.valueOf(grade),
                            in == null ? null : in.self(), in == null ? null : in.selfComment(),
                            in == null ? null : in.supervisor(), in == null ? null : in.supervisorComment(), true);
                }).toList());
    }

    // --------------------------------------------------------------------------------------------------- changing

    /** The staff member rates themselves; a manager rates the staff member. Nothing changes once the month is closed. */
    public Uni<AppraisalView> rate(Caller caller, YearMonth month, UUID staffId, AppraisalInputRequest req) {
        boolean self = caller.accountId().equals(staffId);
        boolean manager = caller.role() == Role.MANAGER && !self;
        if (!self && !manager) {
            throw new RatingRefused();
        }
        return closed(month).chain(closed -> {
            if (closed) {
                throw new ConflictException("appraisal-closed", Detail.of("problem.appraisal.closed", Map.of("month", month.toString())));
            }
            return pool.preparedQuery("select role from account where id = $1 and role = any($2)")
                    .execute(Tuple.of(staffId, roles()));
        }).chain(rows -> {
            if (rows.size() == 0) {
                throw new NotFoundException("appraised-staff-member", staffId);
            }
            OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
            String sql = self
                    ? "insert into appraisal_input (month, staff_id, self_score, self_comment, self_at) values ($1, $2, $3, $4, $5) "
                    + "on conflict (month, staff_id) do update set self_score = $3, self_comment = $4, self_at = $5"
                    : "insert into appraisal_input (month, staff_id, supervisor_score, supervisor_comment, supervisor_at, supervisor_id) "
                    + "values ($1, $2, $3, $4, $5, $6) on conflict (month, staff_id) do update set supervisor_score = $3, "
                    + "supervisor_comment = $4, supervisor_at = $5, supervisor_id = $6";
            Tuple args = Tuple.of(month.atDay(1), staffId, req.score(), Texts.optional(req.comment()), now);
            if (!self) {
                args.addUUID(caller.accountId());
            }
            return pool.preparedQuery(sql).execute(args);
        }).chain(() -> live(month, staffId)).map(list -> list.get(0));
    }

    /** Freezes the month's results as they are now; only a month that is over, and only once. */
    public Uni<List<AppraisalView>> close(Caller manager, YearMonth month) {
        return kpis.zone().chain(zone -> {
            if (!month.isBefore(YearMonth.now(clock.withZone(zone)))) {
                throw new ConflictException("month-not-over", Detail.of("problem.appraisal.month-not-over"));
            }
            return closed(month);
        }).chain(closed -> {
            if (closed) {
                throw new ConflictException("appraisal-closed", Detail.of("problem.appraisal.already-closed", Map.of("month", month.toString())));
            }
            return live(month, null);
        }).chain(views -> pool.withTransaction(conn -> freeze(conn, manager, month, views))
                .replaceWith(views.stream().map(v -> new AppraisalView(v.month(), v.staffId(), v.name(), v.role(), v.components(),
                        v.score(), v.grade(), v.selfScore(), v.selfComment(), v.supervisorScore(), v.supervisorComment(), true))
                        .toList()));
    }

    private Uni<Void> freeze(SqlConnection conn, Caller manager, YearMonth month, List<AppraisalView> views) {
        LocalDate first = month.atDay(1);
        Uni<Void> chain = conn.preparedQuery("insert into appraisal_month (month, closed_at, closed_by) values ($1, $2, $3)")
                .execute(Tuple.of(first, clock.instant().atOffset(ZoneOffset.UTC), manager.accountId())).replaceWithVoid();
        for (AppraisalView v : views) {
            String components = json.write(v.components());
            chain = chain.chain(() -> conn.preparedQuery("insert into appraisal_result (month, staff_id, role, name, components, score, grade) "
                            + "values ($1, $2, $3, $4, $5, $6, $7)")
                    .execute(Tuple.tuple().addValue(first).addValue(UUID.fromString(v.staffId())).addValue(v.role().name())
                            .addValue(v.name()).addValue(components).addValue(v.score())
                            .addValue(v.grade() == null ? null : v.grade().name()))
                    .replaceWithVoid());
        }
        return chain;
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    record Input(BigDecimal self, String selfComment, BigDecimal supervisor, String supervisorComment) {
    }

    private Uni<Map<UUID, Input>> inputs(YearMonth month) {
        return pool.preparedQuery("select * from appraisal_input where month = $1").execute(Tuple.of(month.atDay(1))).map(rows -> {
            Map<UUID, Input> all = new HashMap<>();
            for (Row r : rows) {
                all.put(r.getUUID("staff_id"), new Input(plain(r.getBigDecimal("self_score")), r.getString("self_comment"),
                        plain(r.getBigDecimal("supervisor_score")), r.getString("supervisor_comment")));
            }
            return all;
        });
    }

    private Uni<Boolean> closed(YearMonth month) {
        return pool.preparedQuery("select 1 from appraisal_month where month = $1").execute(Tuple.of(month.atDay(1)))
                .map(rows -> rows.size() > 0);
    }

    private static String[] roles() {
        return Component.ROLES.stream().map(Role::name).toArray(String[]::new);
    }

    private static List<Row> rows(io.vertx.mutiny.sqlclient.RowSet<Row> set) {
        List<Row> list = new ArrayList<>();
        set.forEach(list::add);
        return list;
    }

    /** 70.00 as 70, 12.50 as 12.5: numbers as people write them. */
    static BigDecimal plain(BigDecimal d) {
        return d == null ? null : new BigDecimal(d.stripTrailingZeros().toPlainString());
    }

}

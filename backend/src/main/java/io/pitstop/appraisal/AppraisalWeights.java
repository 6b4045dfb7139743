package io.pitstop.appraisal;

import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.identity.Role;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The manager's weights of each appraised role's components: they add up to 100, and the appraisal scales by them. */
@ApplicationScoped
public class AppraisalWeights {

    private final Pool pool;

    public AppraisalWeights(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<WeightsView>> byRole() {
        return all().map(all -> Component.ROLES.stream().map(r -> new WeightsView(r, all.get(r))).toList());
    }

    public Uni<WeightsView> set(Role role, WeightsRequest req) {
        if (!Component.ROLES.contains(role)) {
            throw new InvalidInputException("role", Detail.of("problem.appraisal.role-not-appraised"));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (var e : req.weights().entrySet()) {
            if (!e.getKey().appliesTo(role)) {
                throw new InvalidInputException("weights." + e.getKey(), Detail.of("problem.appraisal.not-a-component", Map.of("role", role.name())));
            }
            if (e.getValue() == null || e.getValue().signum() < 0 || e.getValue().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidInputException("weights." + e.getKey(), Detail.of("problem.appraisal.weight-range"));
            }
            sum = sum.add(e.getValue());
        }
        if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
            throw new InvalidInputException("weights", Detail.of("problem.appraisal.weights-sum", Map.of("sum", sum.stripTrailingZeros().toPlainString())));
        }
        return pool.withTransaction(conn -> {
            Uni<Void> chain = conn.preparedQuery("delete from appraisal_weight where role = $1").execute(Tuple.of(role.name())).replaceWithVoid();
            for (Component c : Component.of(role)) {
                BigDecimal w = req.weights().getOrDefault(c, BigDecimal.ZERO);
                chain = chain.chain(() -> conn.preparedQuery("insert into appraisal_weight (role, component, weight) values ($1, $2, $3)")
                        .execute(Tuple.of(role.name(), c.name(), w)).replaceWithVoid());
            }
            return chain;
        }).chain(this::all).map(all -> new WeightsView(role, all.get(role)));
    }

    /** Every role's weights, by component. */
    Uni<Map<Role, Map<Component, BigDecimal>>> all() {
        return pool.query("select role, component, weight from appraisal_weight").execute().map(rows -> {
            Map<Role, Map<Component, BigDecimal>> all = new EnumMap<>(Role.class);
            for (Row r : rows) {
                all.computeIfAbsent(Role.valueOf(r.getString("role")), k -> new EnumMap<>(Component.class))
                        .put(Component.valueOf(r.getString("component")), AppraisalService.plain(r.getBigDecimal("weight")));
            }
            return all;
        });
    }
}

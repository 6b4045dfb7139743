package io.pitstop.parts.persistence;

import io.pitstop.parts.SupplyState;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static io.pitstop.parts.persistence.Sql.dec;
import static io.pitstop.parts.persistence.Sql.instant;
import static io.pitstop.parts.persistence.Sql.uuid;

/**
 * The demand queue (part_demand): each approved order line that names a part, and where it stands. Unlike the
 * ledger its rows change state; SHORT lines are served first come, first served (asked_at, then line id).
 */
@ApplicationScoped
public class DemandQueue {

    public record Demand(UUID lineId, UUID orderId, String orderLabel, UUID partId, BigDecimal quantity, Instant askedAt,
                         Instant requestedAt, SupplyState state, Instant changedAt) {
    }

    private static final String COLUMNS = "line_id, order_id, order_label, part_id, quantity, asked_at, requested_at, state, changed_at";

    static Demand demand(Object[] r) {
        return new Demand(uuid(r[0]), uuid(r[1]), (String) r[2], uuid(r[3]), dec(r[4]), instant(r[5]), instant(r[6]),
                SupplyState.valueOf((String) r[7]), instant(r[8]));
    }

    /** The line's demand, locked until the transaction ends; null when the line never asked. */
    public Uni<Demand> lock(UUID lineId) {
        return Sql.rows("select " + COLUMNS + " from part_demand where line_id = ?1 for update", lineId)
                .map(rows -> rows.isEmpty() ? null : demand(rows.get(0)));
    }

    public Uni<List<Demand>> lockOfOrder(UUID orderId, Collection<UUID> lineIds) {
        if (lineIds == null) {
            return Sql.rows("select " + COLUMNS + " from part_demand where order_id = ?1 order by asked_at, line_id for update", orderId)
                    .map(rows -> rows.stream().map(DemandQueue::demand).toList());
        }
        if (lineIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Sql.rows("select " + COLUMNS + " from part_demand where order_id = ?1 and line_id in (?2) "
                        + "order by asked_at, line_id for update", orderId, List.copyOf(lineIds))
                .map(rows -> rows.stream().map(DemandQueue::demand).toList());
    }

    public Uni<List<Demand>> ofOrder(UUID orderId) {
        return Sql.rows("select " + COLUMNS + " from part_demand where order_id = ?1 order by asked_at, line_id", orderId)
                .map(rows -> rows.stream().map(DemandQueue::demand).toList());
    }

    /** The SHORT lines of a part, first come first, locked. */
    public Uni<List<Demand>> lockShort(UUID partId) {
        return Sql.rows("select " + COLUMNS + " from part_demand where part_id = ?1 and state = 'SHORT' "
                + "order by asked_at, line_id for update", partId).map(rows -> rows.stream().map(DemandQueue::demand).toList());
    }

    /** Every SHORT line, by part then first come. */
    public Uni<List<Demand>> allShort() {
        return Sql.rows("select " + COLUMNS + " from part_demand where state = 'SHORT' order by part_id, asked_at, line_id")
                .map(rows -> rows.stream().map(DemandQueue::demand).toList());
    }

    /** Reserved lines to hand out: those a technician asked for first (oldest ask first), then by approval. */
    public Uni<List<Demand>> toIssue(int offset, int limit) {
        return Sql.rows("select " + COLUMNS + " from part_demand where state = 'RESERVED' "
                + "order by requested_at nulls last, asked_at, line_id offset ?1 limit ?2", offset, limit)
                .map(rows -> rows.stream().map(DemandQueue::demand).toList());
    }

    public Uni<Void> insert(UUID lineId, UUID orderId, String label, UUID partId, BigDecimal quantity, SupplyState state, Instant now) {
        return Sql.update("insert into part_demand (" + COLUMNS + ") values (?1, ?2, ?3, ?4, ?5, ?6, null, ?7, ?6)",
                lineId, orderId, label, partId, quantity, now, state).replaceWithVoid();
    }

    /** A released line asked again (approved anew): it joins the queue's end with its new part and quantity. */
    public Uni<Void> reopen(UUID lineId, String label, UUID partId, BigDecimal quantity, SupplyState state, Instant now) {
        return Sql.update("update part_demand set order_label = ?2, part_id = ?3, quantity = ?4, asked_at = ?5, requested_at = null, "
                + "state = ?6, changed_at = ?5 where line_id = ?1", lineId, label, partId, quantity, now, state).replaceWithVoid();
    }

    public Uni<Void> setState(UUID lineId, SupplyState state, Instant now) {
        return Sql.update("update part_demand set state = ?2, changed_at = ?3 where line_id = ?1", lineId, state, now).replaceWithVoid();
    }

    public Uni<Integer> askToIssue(UUID orderId, Instant now) {
        return Sql.update("update part_demand set requested_at = ?2 where order_id = ?1 and state = 'RESERVED' and requested_at is null",
                orderId, now);
    }

    /** Per line of the order: what was issued less what came back. */
    public Uni<java.util.Map<UUID, BigDecimal>> issuedOf(Collection<UUID> lineIds) {
        if (lineIds.isEmpty()) {
            return Uni.createFrom().item(java.util.Map.of());
        }
        return Sql.rows("select line_id, -sum(on_hand_delta) from stock_movement where line_id in (?1) and kind in ('ISSUED', 'RETURNED') "
                + "group by line_id", List.copyOf(lineIds)).map(rows -> {
            java.util.Map<UUID, BigDecimal> out = new java.util.HashMap<>();
            rows.forEach(r -> out.put(uuid(r[0]), dec(r[1])));
            return out;
        });
    }
}

package io.pitstop.parts.persistence;

import io.pitstop.parts.MovementKind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.pitstop.parts.persistence.Sql.dec;

/**
 * The stock ledger: movements are inserted, never changed (a trigger refuses UPDATE and DELETE); the balance row of
 * each part is the ledger's sums, kept by the insert trigger, with checks that are the last guard of a reservation.
 */
@ApplicationScoped
public class StockLedger {

    /** A part's balance as the ledger sums it. */
    public record Balance(UUID partId, BigDecimal onHand, BigDecimal reserved) {
        public BigDecimal available() {
            return onHand.subtract(reserved);
        }
    }

    /** What a movement points at, besides its part; any may be null. */
    public record Refs(UUID orderId, UUID lineId, UUID purchaseOrderId, UUID receiptId, UUID countId, BigDecimal unitCost,
                       String reason, UUID actorId) {
        public static Refs line(UUID orderId, UUID lineId, UUID actorId) {
            return new Refs(orderId, lineId, null, null, null, null, null, actorId);
        }
    }

    /**
     * Reserves {@code quantity} of the part for the line in one statement: the balance row is locked and the RESERVED
     * movement inserted only when what is available covers the whole quantity. Two callers asking for the last unit
     * queue on the lock; the second sees the first's reservation and gets nothing. True when reserved.
     */
    public Uni<Boolean> reserve(UUID partId, BigDecimal quantity, UUID orderId, UUID lineId, UUID actorId, Instant at) {
        return Sql.rows("""
                with b as (select on_hand, reserved from stock_balance where part_id = ?1 for update)
                insert into stock_movement (part_id, at, kind, on_hand_delta, reserved_delta, order_id, line_id, actor_id)
                select ?1, ?2, 'RESERVED', 0, ?3, ?4, ?5, cast(?6 as uuid) from b where b.on_hand - b.reserved >= ?3
                returning id
                """, partId, at, quantity, orderId, lineId, actorId).map(rows -> !rows.isEmpty());
    }

    /** Records a movement (any kind but RESERVED, which goes through {@link #reserve}). */
    public Uni<Void> record(UUID partId, MovementKind kind, BigDecimal onHandDelta, BigDecimal reservedDelta, Refs refs, Instant at) {
        return Sql.update("""
                insert into stock_movement (part_id, at, kind, on_hand_delta, reserved_delta, order_id, line_id,
                                            purchase_order_id, receipt_id, count_id, unit_cost, reason, actor_id)
                values (?1, ?2, ?3, ?4, ?5, cast(?6 as uuid), cast(?7 as uuid), cast(?8 as uuid), cast(?9 as uuid),
                        cast(?10 as uuid), cast(?11 as numeric), cast(?12 as varchar), cast(?13 as uuid))
                """, partId, at, kind, onHandDelta, reservedDelta, refs.orderId(), refs.lineId(), refs.purchaseOrderId(),
                refs.receiptId(), refs.countId(), refs.unitCost(), refs.reason(), refs.actorId()).replaceWithVoid();
    }

    /** The part's balance, its row locked until the transaction ends (a count or a scrap decides on it). */
    public Uni<Balance> lockBalance(UUID partId) {
        return Sql.rows("select on_hand, reserved from stock_balance where part_id = ?1 for update", partId)
                .map(rows -> rows.isEmpty() ? null : new Balance(partId, dec(rows.get(0)[0]), dec(rows.get(0)[1])));
    }

    public Uni<Balance> balance(UUID partId) {
        return Sql.rows("select on_hand, reserved from stock_balance where part_id = ?1", partId)
                .map(rows -> rows.isEmpty() ? null : new Balance(partId, dec(rows.get(0)[0]), dec(rows.get(0)[1])));
    }

    /** A part's movements, newest first, each with the on-hand and reserved after it (running sums of the ledger). */
    public Uni<List<Object[]>> movements(UUID partId, int offset, int limit) {
        return Sql.rows("""
                select l.id, l.at, l.kind, l.on_hand_delta, l.reserved_delta, l.on_hand_after, l.reserved_after, l.order_id,
                       l.line_id, l.purchase_order_id, l.receipt_id, l.count_id, l.unit_cost, l.reason, l.actor_id,
                       d.order_label, po.number
                from (select m.*, sum(on_hand_delta) over w as on_hand_after, sum(reserved_delta) over w as reserved_after
                      from stock_movement m where part_id = ?1
                      window w as (order by id rows between unbounded preceding and current row)) l
                left join part_demand d on d.line_id = l.line_id
                left join purchase_order po on po.id = l.purchase_order_id
                order by l.id desc offset ?2 limit ?3
                """, partId, offset, limit);
    }
}

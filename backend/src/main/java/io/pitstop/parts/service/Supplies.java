package io.pitstop.parts.service;

import io.pitstop.parts.LineSupply;
import io.pitstop.parts.PartOrigin;
import io.pitstop.parts.PartRef;
import io.pitstop.parts.SupplyState;
import io.pitstop.parts.persistence.DemandQueue;
import io.pitstop.parts.persistence.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.pitstop.parts.persistence.Sql.dec;
import static io.pitstop.parts.persistence.Sql.instant;
import static io.pitstop.parts.persistence.Sql.integer;
import static io.pitstop.parts.persistence.Sql.uuid;

/**
 * How a line's part stands, for the order and the desk: the demand's state, what is reserved and issued, and for a
 * SHORT line when the part should come: the earliest sent purchase order line of the part with quantity still open,
 * else now plus the preferred supplier's lead time (nothing ordered yet: "to buy").
 */
@ApplicationScoped
public class Supplies {

    /** When a part should arrive, and on which purchase order (null: not ordered yet). */
    public record Expected(Instant at, UUID purchaseOrderId) {
        static final Expected UNKNOWN = new Expected(null, null);
    }

    private final DemandQueue demands;

    public Supplies(DemandQueue demands) {
        this.demands = demands;
    }

    public Uni<Expected> expected(UUID partId, Instant now) {
        return Sql.rows("""
                select po.expected_at, po.id from purchase_order_line l join purchase_order po on po.id = l.purchase_order_id
                where l.part_id = ?1 and po.status in ('SENT', 'PARTLY_RECEIVED') and l.received < l.quantity
                order by po.expected_at nulls last, po.sent_at, po.id limit 1
                """, partId).chain(rows -> {
            if (!rows.isEmpty()) {
                return Uni.createFrom().item(new Expected(instant(rows.get(0)[0]), uuid(rows.get(0)[1])));
            }
            return Sql.rows("select lead_time_days from part_supplier where part_id = ?1 order by preferred desc, lead_time_days limit 1", partId)
                    .map(r -> r.isEmpty() ? Expected.UNKNOWN
                            : new Expected(now.plus(Duration.ofDays(integer(r.get(0)[0]))), null));
        });
    }

    public Uni<Map<UUID, PartRef>> parts(Collection<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Sql.rows("select id, part_number, name_zh, name_en, brand, origin, unit, list_price, warranty_months, warranty_km, active "
                + "from part where id in (?1)", List.copyOf(ids)).map(rows -> {
            Map<UUID, PartRef> out = new HashMap<>();
            for (Object[] r : rows) {
                out.put(uuid(r[0]), new PartRef(uuid(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        PartOrigin.valueOf((String) r[5]), (String) r[6], dec(r[7]), integer(r[8]), integer(r[9]),
                        Boolean.TRUE.equals(r[10])));
            }
            return out;
        });
    }

    /** The lines as they stand, in the order given. */
    public Uni<List<LineSupply>> of(List<DemandQueue.Demand> lines, Instant now) {
        if (lines.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> partIds = lines.stream().map(DemandQueue.Demand::partId).distinct().toList();
        return parts(partIds).chain(parts -> demands.issuedOf(lines.stream().map(DemandQueue.Demand::lineId).toList())
                .chain(issued -> expectations(lines, now).map(expected -> lines.stream().map(d -> {
                    Expected e = d.state() == SupplyState.SHORT ? expected.getOrDefault(d.partId(), Expected.UNKNOWN) : Expected.UNKNOWN;
                    BigDecimal reserved = d.state() == SupplyState.RESERVED ? d.quantity() : BigDecimal.ZERO.setScale(2);
                    return new LineSupply(d.lineId(), d.orderId(), parts.get(d.partId()), d.quantity(), d.state(), reserved,
                            issued.getOrDefault(d.lineId(), BigDecimal.ZERO.setScale(2)), e.at(), e.purchaseOrderId(), d.requestedAt());
                }).toList())));
    }

    private Uni<Map<UUID, Expected>> expectations(List<DemandQueue.Demand> lines, Instant now) {
        List<UUID> shortParts = lines.stream().filter(d -> d.state() == SupplyState.SHORT).map(DemandQueue.Demand::partId).distinct().toList();
        Map<UUID, Expected> out = new HashMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (UUID p : shortParts) {
            chain = chain.chain(() -> expected(p, now).invoke(e -> out.put(p, e)).replaceWithVoid());
        }
        return chain.replaceWith(out);
    }
}

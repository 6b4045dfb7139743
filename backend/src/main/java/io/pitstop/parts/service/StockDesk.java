package io.pitstop.parts.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.NotFoundException;
import io.pitstop.common.Paging;
import io.pitstop.identity.Caller;
import io.pitstop.parts.PartUnit;
import io.pitstop.parts.IssueItemView;
import io.pitstop.parts.LineSupplyView;
import io.pitstop.parts.MovementKind;
import io.pitstop.parts.PartRef;
import io.pitstop.parts.PartView;
import io.pitstop.parts.ReturnRequest;
import io.pitstop.parts.ScrapRequest;
import io.pitstop.parts.ShortageView;
import io.pitstop.parts.StockMovementView;
import io.pitstop.parts.SupplyState;
import io.pitstop.parts.WaitingLineView;
import io.pitstop.parts.persistence.DemandQueue;
import io.pitstop.parts.persistence.Sql;
import io.pitstop.parts.persistence.StockLedger;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.pitstop.parts.persistence.Sql.dec;
import static io.pitstop.parts.persistence.Sql.instant;
import static io.pitstop.parts.persistence.Sql.utc;
import static io.pitstop.parts.persistence.Sql.uuid;

/**
 * The parts specialist's counter: what to hand out now, issuing a reserved line whole, taking back what was not used,
 * scrapping, the shortages and a part's ledger.
 */
@ApplicationScoped
public class StockDesk {

    private final DemandQueue demands;
    private final StockLedger ledger;
    private final Supplies supplies;
    private final PartViews views;
    private final Clock clock;

    public StockDesk(DemandQueue demands, StockLedger ledger, Supplies supplies, PartViews views, Clock clock) {
        this.demands = demands;
        this.ledger = ledger;
        this.supplies = supplies;
        this.views = views;
        this.clock = clock;
    }

    public Uni<List<IssueItemView>> toIssue(Paging.Page page) {
        return Panache.withSession(() -> demands.toIssue(page.offset(), page.limit()).chain(list -> supplies.parts(
                list.stream().map(DemandQueue.Demand::partId).distinct().toList()).chain(parts -> locations(parts.keySet())
                .map(loc -> list.stream().map(d -> {
                    PartRef p = parts.get(d.partId());
                    return new IssueItemView(d.lineId(), d.orderId(), d.orderLabel(), d.partId(), p.partNumber(), p.nameZh(),
                            p.nameEn(), PartUnit.valueOf(p.unit()), loc.get(d.partId()), d.quantity(), utc(d.askedAt()), utc(d.requestedAt()));
                }).toList()))));
    }

    private Uni<Map<UUID, String>> locations(java.util.Set<UUID> partIds) {
        if (partIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Sql.rows("select id, location from part where id in (?1)", List.copyOf(partIds)).map(rows -> {
            Map<UUID, String> out = new java.util.HashMap<>();
            rows.forEach(r -> out.put(uuid(r[0]), (String) r[1]));
            return out;
        });
    }

    /** A reserved line is handed out whole: the reservation is consumed (ISSUED: on hand and reserved both go down). */
    public Uni<LineSupplyView> issue(Caller caller, UUID lineId) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> demands.lock(lineId).chain(d -> {
            if (d == null) {
                throw new NotFoundException("part-line", lineId);
            }
            if (d.state() != SupplyState.RESERVED) {
                throw new ConflictException("line-not-reserved", Detail.of("problem.parts.not-reserved", Map.of("lineState", d.state().name())));
            }
            return ledger.record(d.partId(), MovementKind.ISSUED, d.quantity().negate(), d.quantity().negate(),
                            StockLedger.Refs.line(d.orderId(), d.lineId(), caller.accountId()), now)
                    .chain(() -> demands.setState(lineId, SupplyState.ISSUED, now))
                    .chain(() -> line(lineId, now));
        }));
    }

    /** An unused part comes back from the workshop: on hand goes up; the line stays issued for what was kept. */
    public Uni<LineSupplyView> giveBack(Caller caller, ReturnRequest req) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> demands.lock(req.lineId()).chain(d -> {
            if (d == null) {
                throw new NotFoundException("part-line", req.lineId());
            }
            return demands.issuedOf(List.of(d.lineId())).chain(issued -> {
                BigDecimal out = issued.getOrDefault(d.lineId(), BigDecimal.ZERO);
                if (req.quantity().compareTo(out) > 0) {
                    throw new InvalidInputException("quantity", Detail.of("problem.parts.return-more-than-issued", Map.of("issued", out.toPlainString())));
                }
                return ledger.record(d.partId(), MovementKind.RETURNED, req.quantity(), BigDecimal.ZERO,
                        new StockLedger.Refs(d.orderId(), d.lineId(), null, null, null, null, req.reason().strip(), caller.accountId()), now);
            }).chain(() -> line(d.lineId(), now));
        }));
    }

    /** Damaged or lost stock leaves the shelf; only what no order holds can be scrapped. */
    public Uni<PartView> scrap(Caller caller, UUID partId, ScrapRequest req) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> ledger.lockBalance(partId).chain(b -> {
            if (b == null) {
                throw new NotFoundException("part", partId);
            }
            if (req.quantity().compareTo(b.available()) > 0) {
                throw new ConflictException("not-available", Detail.of("problem.parts.scrap-beyond-available",
                        Map.of("available", b.available().toPlainString())));
            }
            return ledger.record(partId, MovementKind.SCRAPPED, req.quantity().negate(), BigDecimal.ZERO,
                    new StockLedger.Refs(null, null, null, null, null, null, req.reason().strip(), caller.accountId()), now);
        }).chain(() -> views.one(partId)));
    }

    public Uni<List<StockMovementView>> movements(UUID partId, Paging.Page page) {
        return Panache.withSession(() -> ledger.balance(partId).chain(b -> {
            if (b == null) {
                throw new NotFoundException("part", partId);
            }
            return ledger.movements(partId, page.offset(), page.limit());
        })).map(rows -> rows.stream().map(r -> new StockMovementView(Sql.longValue(r[0]), utc(instant(r[1])),
                MovementKind.valueOf((String) r[2]), dec(r[3]), dec(r[4]), dec(r[5]), dec(r[6]), uuid(r[7]), uuid(r[8]),
                uuid(r[9]), uuid(r[10]), uuid(r[11]), dec(r[12]), (String) r[13], uuid(r[14]), (String) r[15], (String) r[16])).toList());
    }

    /** Per part awaited: how much, by whom (first come first), and when it should come. */
    public Uni<List<ShortageView>> shortages(Paging.Page page) {
        Instant now = clock.instant();
        return Panache.withSession(() -> demands.allShort().chain(all -> {
            Map<UUID, List<DemandQueue.Demand>> byPart = new LinkedHashMap<>();
            all.forEach(d -> byPart.computeIfAbsent(d.partId(), k -> new ArrayList<>()).add(d));
            return supplies.parts(byPart.keySet()).chain(parts -> {
                List<UUID> ordered = byPart.keySet().stream()
                        .sorted(java.util.Comparator.comparing((UUID id) -> byPart.get(id).get(0).askedAt()).thenComparing(id -> id))
                        .toList();
                List<UUID> shown = page.of(ordered);
                List<ShortageView> out = new ArrayList<>();
                Uni<Void> chain = Uni.createFrom().voidItem();
                for (UUID partId : shown) {
                    chain = chain.chain(() -> supplies.expected(partId, now).invoke(e -> {
                        PartRef p = parts.get(partId);
                        List<DemandQueue.Demand> lines = byPart.get(partId);
                        BigDecimal total = lines.stream().map(DemandQueue.Demand::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
                        out.add(new ShortageView(partId, p.partNumber(), p.nameZh(), p.nameEn(), PartUnit.valueOf(p.unit()), total,
                                lines.stream().map(d -> new WaitingLineView(d.lineId(), d.orderId(), d.orderLabel(), d.quantity(),
                                        utc(d.askedAt()))).toList(), utc(e.at()), e.purchaseOrderId()));
                    }).replaceWithVoid());
                }
                return chain.replaceWith(out);
            });
        }));
    }

    private Uni<LineSupplyView> line(UUID lineId, Instant now) {
        return demands.lock(lineId).chain(d -> supplies.of(List.of(d), now)).map(l -> LineSupplyView.of(l.get(0)));
    }
}

package io.pitstop.parts.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.NotFoundException;
import io.pitstop.common.Paging;
import io.pitstop.common.Sequential;
import io.pitstop.common.Texts;
import io.pitstop.identity.Caller;
import io.pitstop.parts.PartUnit;
import io.pitstop.parts.PurchaseOrderLineRequest;
import io.pitstop.parts.PurchaseOrderLineView;
import io.pitstop.parts.PurchaseOrderRequest;
import io.pitstop.parts.PurchaseOrderStatus;
import io.pitstop.parts.PurchaseOrderSupplier;
import io.pitstop.parts.PurchaseOrderView;
import io.pitstop.parts.PurchaseSuggestionView;
import io.pitstop.parts.SuggestionReason;
import io.pitstop.parts.persistence.PurchaseOrder;
import io.pitstop.parts.persistence.PurchaseOrderLine;
import io.pitstop.parts.persistence.PurchaseOrderLineRepository;
import io.pitstop.parts.persistence.PurchaseOrderRepository;
import io.pitstop.parts.persistence.Sql;
import io.pitstop.parts.persistence.SupplierRepository;
import io.pitstop.shop.ShopService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.pitstop.parts.persistence.Sql.dec;
import static io.pitstop.parts.persistence.Sql.integer;
import static io.pitstop.parts.persistence.Sql.utc;
import static io.pitstop.parts.persistence.Sql.uuid;

/**
 * Purchasing from approved suppliers: a purchase order is written (DRAFT), sent (its expected arrival set from the
 * longest lead time unless given), received in one or more receipts, or cancelled while nothing has come. The stock
 * suggests what to buy: a part whose available + on order - short falls below its minimum.
 */
@ApplicationScoped
public class Purchasing {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final PurchaseOrderRepository orders;
    private final PurchaseOrderLineRepository lines;
    private final SupplierRepository suppliers;
    private final ShopService shop;
    private final Clock clock;

    public Purchasing(PurchaseOrderRepository orders, PurchaseOrderLineRepository lines, SupplierRepository suppliers,
                      ShopService shop, Clock clock) {
        this.orders = orders;
        this.lines = lines;
        this.suppliers = suppliers;
        this.shop = shop;
        this.clock = clock;
    }

    public Uni<PurchaseOrderView> create(Caller caller, PurchaseOrderRequest req) {
        Instant now = clock.instant();
        if (req.expectedAt() != null && req.expectedAt().toInstant().isBefore(now)) {
            throw new InvalidInputException("expectedAt", Detail.of("problem.parts.expected-in-past"));
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < req.lines().size(); i++) {
            if (!seen.add(req.lines().get(i).partId())) {
                throw new InvalidInputException("lines[" + i + "].partId", Detail.of("problem.parts.part-twice"));
            }
        }
        return shop.zone().chain(zone -> Panache.withTransaction(() -> suppliers.findById(req.supplierId()).chain(s -> {
            if (s == null || !s.active) {
                throw new InvalidInputException("supplierId", Detail.of("problem.parts.supplier-unknown"));
            }
            return approvedTerms(req.supplierId(), req.lines());
        }).chain(() -> number(now.atZone(zone).format(DAY))).chain(number -> {
            PurchaseOrder po = new PurchaseOrder();
            po.id = UUID.randomUUID();
            po.number = number;
            po.supplierId = req.supplierId();
            po.status = PurchaseOrderStatus.DRAFT;
            po.expectedAt = req.expectedAt() == null ? null : req.expectedAt().toInstant();
            po.createdAt = now;
            po.createdBy = caller.accountId();
            po.note = Texts.optional(req.note());
            List<PurchaseOrderLine> ls = new ArrayList<>();
            for (int i = 0; i < req.lines().size(); i++) {
                PurchaseOrderLineRequest r = req.lines().get(i);
                PurchaseOrderLine l = new PurchaseOrderLine();
                l.id = UUID.randomUUID();
                l.purchaseOrderId = po.id;
                l.position = i + 1;
                l.partId = r.partId();
                l.quantity = r.quantity();
                l.unitCost = r.unitCost();
                ls.add(l);
            }
            return orders.persist(po).chain(() -> lines.persist(ls)).chain(() -> view(po.id));
        })));
    }

    /** Every line's part is in the catalogue, active, and the supplier is approved for it. */
    private Uni<Void> approvedTerms(UUID supplierId, List<PurchaseOrderLineRequest> ls) {
        return Sql.rows("""
                select p.id, p.active, ps.supplier_id from part p
                left join part_supplier ps on ps.part_id = p.id and ps.supplier_id = ?2
                where p.id in (?1)
                """, ls.stream().map(PurchaseOrderLineRequest::partId).toList(), supplierId).map(rows -> {
            Map<UUID, Object[]> byId = new java.util.HashMap<>();
            rows.forEach(r -> byId.put(uuid(r[0]), r));
            for (int i = 0; i < ls.size(); i++) {
                Object[] r = byId.get(ls.get(i).partId());
                if (r == null || !(Boolean) r[1]) {
                    throw new InvalidInputException("lines[" + i + "].partId", Detail.of("problem.parts.part-unknown"));
                }
                if (r[2] == null) {
                    throw new InvalidInputException("lines[" + i + "].partId", Detail.of("problem.parts.supplier-not-approved"));
                }
            }
            return null;
        }).replaceWithVoid();
    }

    /** PO-yyyymmdd-nnn, numbered per shop day under a lock held to the commit, so two writers never share a number. */
    private Uni<String> number(String day) {
        String prefix = "PO-" + day + "-";
        return io.pitstop.common.AdvisoryLocks.lock("purchase_order_number")
                .chain(() -> Sql.rows("select coalesce(max(cast(substring(number from 13) as integer)), 0) + 1 from purchase_order "
                        + "where number like ?1", prefix + "%"))
                .map(rows -> prefix + String.format("%03d", integer(rows.get(0)[0])));
    }

    public Uni<PurchaseOrderView> send(UUID id) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> locked(id).chain(po -> {
            if (po.status != PurchaseOrderStatus.DRAFT) {
                throw new ConflictException("purchase-order-state", Detail.of("problem.parts.po-not-draft", Map.of("poStatus", po.status.name())));
            }
            return Sql.rows("""
                    select coalesce(max(ps.lead_time_days), 0) from purchase_order_line l
                    left join part_supplier ps on ps.part_id = l.part_id and ps.supplier_id = ?2
                    where l.purchase_order_id = ?1
                    """, id, po.supplierId).map(rows -> {
                po.status = PurchaseOrderStatus.SENT;
                po.sentAt = now;
                if (po.expectedAt == null) {
                    po.expectedAt = now.plus(Duration.ofDays(integer(rows.get(0)[0])));
                }
                return po;
            });
        }).chain(po -> view(po.id)));
    }

    /** A draft, or a sent order of which nothing has passed inspection yet (SENT: a partly received one is PARTLY_RECEIVED). */
    public Uni<PurchaseOrderView> cancel(UUID id) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> locked(id).chain(po -> {
            if (po.status != PurchaseOrderStatus.DRAFT && po.status != PurchaseOrderStatus.SENT) {
                throw new ConflictException("purchase-order-state", Detail.of("problem.parts.po-not-cancellable", Map.of("poStatus", po.status.name())));
            }
            po.status = PurchaseOrderStatus.CANCELLED;
            po.closedAt = now;
            return Uni.createFrom().item(po);
        }).chain(po -> view(po.id)));
    }

    /** The order, its row locked until the transaction ends; 404 when there is none. */
    Uni<PurchaseOrder> locked(UUID id) {
        return orders.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).map(po -> {
            if (po == null) {
                throw new NotFoundException("purchase-order", id);
            }
            return po;
        });
    }

    public Uni<PurchaseOrderView> get(UUID id) {
        return Panache.withSession(() -> view(id)).map(v -> {
            if (v == null) {
                throw new NotFoundException("purchase-order", id);
            }
            return v;
        });
    }

    public Uni<List<PurchaseOrderView>> list(PurchaseOrderStatus status, Paging.Page page) {
        return Panache.withSession(() -> (status == null
                ? orders.find("order by createdAt desc, id")
                : orders.find("status = :status order by createdAt desc, id", Parameters.with("status", status)))
                .range(page.offset(), page.last()).list()
                .chain(list -> Sequential.map(list, po -> view(po.id))));
    }

    /** Null when there is no such order. */
    Uni<PurchaseOrderView> view(UUID id) {
        return Sql.rows("""
                select po.id, po.number, s.id, s.name, s.name_en, po.status, po.expected_at, po.created_at, po.created_by,
                       po.sent_at, po.closed_at, po.note
                from purchase_order po join supplier s on s.id = po.supplier_id where po.id = ?1
                """, id).chain(rows -> {
            if (rows.isEmpty()) {
                return Uni.createFrom().nullItem();
            }
            Object[] r = rows.get(0);
            return Sql.rows("""
                    select l.id, l.position, p.id, p.part_number, p.name_zh, p.name_en, l.quantity, l.unit_cost, l.received, l.rejected, p.unit
                    from purchase_order_line l join part p on p.id = l.part_id where l.purchase_order_id = ?1 order by l.position
                    """, id).map(ls -> {
                List<PurchaseOrderLineView> views = ls.stream().map(l -> new PurchaseOrderLineView(uuid(l[0]), integer(l[1]),
                        uuid(l[2]), (String) l[3], (String) l[4], (String) l[5], PartUnit.valueOf((String) l[10]), dec(l[6]), dec(l[7]), dec(l[8]), dec(l[9]),
                        dec(l[6]).subtract(dec(l[8])))).toList();
                BigDecimal total = views.stream().map(v -> v.quantity().multiply(v.unitCost()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, java.math.RoundingMode.HALF_UP);
                return new PurchaseOrderView(uuid(r[0]), (String) r[1], new PurchaseOrderSupplier(uuid(r[2]), (String) r[3], (String) r[4]),
                        PurchaseOrderStatus.valueOf((String) r[5]), utc(Sql.instant(r[6])), utc(Sql.instant(r[7])), uuid(r[8]),
                        utc(Sql.instant(r[9])), utc(Sql.instant(r[10])), (String) r[11], total, views);
            });
        });
    }

    /**
     * What to buy: every active part whose available + on order - short is below its minimum, to bring it to twice
     * the minimum, from its preferred supplier at the agreed price. SHORTAGE when lines wait that nothing ordered
     * covers; BELOW_MINIMUM otherwise.
     */
    public Uni<List<PurchaseSuggestionView>> suggestions(Paging.Page page) {
        return Panache.withSession(() -> Sql.rows("""
                select f.id, f.part_number, f.name_zh, f.name_en, f.min_stock, f.on_hand - f.reserved + f.on_order - f.short as covered,
                       f.short, s.id, s.name, ps.purchase_price, f.unit
                from (""" + PartViews.FIGURES + """
                 where p.active) f
                left join lateral (select * from part_supplier x where x.part_id = f.id
                                   order by x.preferred desc, x.lead_time_days, x.supplier_id limit 1) ps on true
                left join supplier s on s.id = ps.supplier_id
                where f.on_hand - f.reserved + f.on_order - f.short < f.min_stock
                order by f.part_number, f.id offset ?1 limit ?2
                """, page.offset(), page.limit())).map(rows -> rows.stream().map(r -> {
            BigDecimal min = dec(r[4]);
            BigDecimal covered = dec(r[5]);
            SuggestionReason why = covered.signum() < 0 ? SuggestionReason.SHORTAGE : SuggestionReason.BELOW_MINIMUM;
            return new PurchaseSuggestionView(uuid(r[0]), (String) r[1], (String) r[2], (String) r[3], PartUnit.valueOf((String) r[10]), uuid(r[7]), (String) r[8],
                    min.multiply(BigDecimal.valueOf(2)).subtract(covered), dec(r[9]), why);
        }).toList());
    }
}

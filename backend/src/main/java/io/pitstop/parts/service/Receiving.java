package io.pitstop.parts.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.Sequential;
import io.pitstop.common.Texts;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Role;
import io.pitstop.identity.service.People;
import io.pitstop.parts.MovementKind;
import io.pitstop.parts.PurchaseOrderStatus;
import io.pitstop.parts.ReceiptLineRequest;
import io.pitstop.parts.ReceiptLineView;
import io.pitstop.parts.ReceiptRequest;
import io.pitstop.parts.ReceiptView;
import io.pitstop.parts.persistence.PurchaseOrderLine;
import io.pitstop.parts.persistence.PurchaseOrderLineRepository;
import io.pitstop.parts.persistence.Receipt;
import io.pitstop.parts.persistence.ReceiptLine;
import io.pitstop.parts.persistence.ReceiptLineRepository;
import io.pitstop.parts.persistence.ReceiptRepository;
import io.pitstop.parts.persistence.StockLedger;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.pitstop.parts.persistence.Sql.utc;

/**
 * Receiving a delivery with the inspector (来货检验): per purchase order line what arrived, what the inspector
 * passed (spec, model, quantity, genuine, packaging) and what was rejected and why. Only passed units enter stock
 * (RECEIVED at the line's unit cost) and count as received; rejected ones go back to the supplier and leave the
 * line open. Then the lines waiting for those parts are served, first come first served.
 */
@ApplicationScoped
public class Receiving {

    private final Purchasing purchasing;
    private final PurchaseOrderLineRepository poLines;
    private final ReceiptRepository receipts;
    private final ReceiptLineRepository receiptLines;
    private final StockLedger ledger;
    private final WaitingLines waiting;
    private final People people;
    private final Clock clock;

    public Receiving(Purchasing purchasing, PurchaseOrderLineRepository poLines, ReceiptRepository receipts,
                     ReceiptLineRepository receiptLines, StockLedger ledger, WaitingLines waiting, People people, Clock clock) {
        this.purchasing = purchasing;
        this.poLines = poLines;
        this.receipts = receipts;
        this.receiptLines = receiptLines;
        this.ledger = ledger;
        this.waiting = waiting;
        this.people = people;
        this.clock = clock;
    }

    public Uni<ReceiptView> receive(Caller caller, UUID purchaseOrderId, ReceiptRequest req) {
        Instant now = clock.instant();
        checkShape(req);
        return Panache.withTransaction(() -> purchasing.locked(purchaseOrderId).chain(po -> {
            if (po.status != PurchaseOrderStatus.SENT && po.status != PurchaseOrderStatus.PARTLY_RECEIVED) {
                throw new ConflictException("purchase-order-state", Detail.of("problem.parts.po-not-receivable", Map.of("poStatus", po.status.name())));
            }
            return people.find(req.inspectorId()).chain(inspector -> {
                if (inspector == null || !inspector.active() || inspector.role() != Role.INSPECTOR) {
                    throw new InvalidInputException("inspectorId", Detail.of("problem.parts.not-an-inspector"));
                }
                return poLines.list("purchaseOrderId", po.id);
            }).chain(lines -> {
                Map<UUID, PurchaseOrderLine> byId = lines.stream().collect(Collectors.toMap(l -> l.id, Function.identity()));
                Receipt receipt = new Receipt();
                receipt.id = UUID.randomUUID();
                receipt.purchaseOrderId = po.id;
                receipt.receivedAt = now;
                receipt.receivedBy = caller.accountId();
                receipt.inspectorId = req.inspectorId();
                receipt.note = Texts.optional(req.note());
                List<ReceiptLine> stored = new ArrayList<>();
                for (int i = 0; i < req.lines().size(); i++) {
                    ReceiptLineRequest r = req.lines().get(i);
                    PurchaseOrderLine l = byId.get(r.lineId());
                    if (l == null) {
                        throw new InvalidInputException("lines[" + i + "].lineId", Detail.of("problem.parts.not-a-line-of-order"));
                    }
                    BigDecimal passed = r.arrived().subtract(r.rejected());
                    BigDecimal open = l.quantity.subtract(l.received);
                    if (passed.compareTo(open) > 0) {
                        throw new InvalidInputException("lines[" + i + "].arrived", Detail.of("problem.parts.more-than-open",
                                Map.of("open", open.toPlainString())));
                    }
                    l.received = l.received.add(passed);
                    l.rejected = l.rejected.add(r.rejected());
                    ReceiptLine rl = new ReceiptLine();
                    rl.id = UUID.randomUUID();
                    rl.receiptId = receipt.id;
                    rl.poLineId = l.id;
                    rl.partId = l.partId;
                    rl.arrived = r.arrived();
                    rl.passed = passed;
                    rl.rejected = r.rejected();
                    rl.rejectReason = Texts.optional(r.rejectReason());
                    rl.specOk = r.specOk();
                    rl.modelOk = r.modelOk();
                    rl.quantityOk = r.quantityOk();
                    rl.genuineOk = r.genuineOk();
                    rl.packagingOk = r.packagingOk();
                    stored.add(rl);
                }
                boolean complete = lines.stream().allMatch(l -> l.received.compareTo(l.quantity) >= 0);
                boolean any = lines.stream().anyMatch(l -> l.received.signum() > 0);
                if (complete) {
                    po.status = PurchaseOrderStatus.RECEIVED;
                    po.closedAt = now;
                } else if (any) {
                    po.status = PurchaseOrderStatus.PARTLY_RECEIVED;
                }
                Set<UUID> arrivedParts = new LinkedHashSet<>();
                return receipts.persist(receipt).chain(() -> receiptLines.persist(stored))
                        .chain(() -> Sequential.each(stored, rl -> {
                            if (rl.passed.signum() == 0) {
                                return Uni.createFrom().voidItem(); // all rejected: back to the supplier, never in stock
                            }
                            arrivedParts.add(rl.partId);
                            PurchaseOrderLine l = byId.get(rl.poLineId);
                            return ledger.record(rl.partId, MovementKind.RECEIVED, rl.passed, BigDecimal.ZERO,
                                    new StockLedger.Refs(null, null, po.id, receipt.id, null, l.unitCost, null, caller.accountId()), now);
                        }))
                        .chain(() -> waiting.serve(arrivedParts, caller.accountId(), now))
                        .replaceWith(view(receipt, po.status, stored));
            });
        }));
    }

    /** Rules one line at a time, before anything is looked up: each order line once, rejected within arrived, with a reason. */
    private static void checkShape(ReceiptRequest req) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < req.lines().size(); i++) {
            ReceiptLineRequest r = req.lines().get(i);
            if (!seen.add(r.lineId())) {
                throw new InvalidInputException("lines[" + i + "].lineId", Detail.of("problem.parts.line-twice"));
            }
            if (r.rejected().compareTo(r.arrived()) > 0) {
                throw new InvalidInputException("lines[" + i + "].rejected", Detail.of("problem.parts.rejected-more-than-arrived"));
            }
            if (r.rejected().signum() > 0 && Texts.optional(r.rejectReason()) == null) {
                throw new InvalidInputException("lines[" + i + "].rejectReason", Detail.of("problem.parts.reject-reason-required"));
            }
        }
    }

    static ReceiptView view(Receipt r, PurchaseOrderStatus status, List<ReceiptLine> lines) {
        return new ReceiptView(r.id, r.purchaseOrderId, status, utc(r.receivedAt), r.receivedBy, r.inspectorId, r.note,
                lines.stream().map(l -> new ReceiptLineView(l.id, l.poLineId, l.partId, l.arrived, l.passed, l.rejected,
                        l.rejectReason, l.specOk, l.modelOk, l.quantityOk, l.genuineOk, l.packagingOk)).toList());
    }
}

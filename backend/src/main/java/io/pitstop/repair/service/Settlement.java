package io.pitstop.repair.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.identity.Caller;
import io.pitstop.notify.NotificationKind;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairOrderView;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.ReopenRequest;
import io.pitstop.parts.PartRef;
import io.pitstop.repair.SettlementLineRequest;
import io.pitstop.repair.SettlementRequest;
import io.pitstop.repair.persistence.EstimateItem;
import io.pitstop.repair.persistence.EstimateItemRepository;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.repair.persistence.SettlementLine;
import io.pitstop.repair.persistence.SettlementLineRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.UUID;

/**
 * The settlement (结算单): issued by the advisor once the car is READY, itemised against the approved estimate
 * ({@link SettlementLines}); new lines wait for the owner ({@link SettlementApproval}), who then signs it
 * ({@link SettlementSigning}). A signed settlement is locked (409, and the database refuses its lines changing) until
 * the advisor reopens it with a reason, which clears the signature.
 */
@ApplicationScoped
public class Settlement {

    private final OrderAccess access;
    private final EstimateItemRepository items;
    private final SettlementLineRepository settlements;
    private final RepairJournal journal;
    private final RepairNotices notices;
    private final RepairViews views;
    private final SettlementRules rules;
    private final PartsSupply supply;

    public Settlement(OrderAccess access, EstimateItemRepository items, SettlementLineRepository settlements, RepairJournal journal,
                      RepairNotices notices, RepairViews views, SettlementRules rules, PartsSupply supply) {
        this.supply = supply;
        this.rules = rules;
        this.access = access;
        this.items = items;
        this.settlements = settlements;
        this.journal = journal;
        this.notices = notices;
        this.views = views;
    }

    @WithTransaction
    public Uni<RepairOrderView> issue(Caller caller, UUID id, SettlementRequest req) {
        return access.change(caller, id, (act, o) -> {
            if (o.status != RepairStatus.READY) {
                throw new ConflictException("illegal-transition", Detail.of("problem.repair.settle-when-ready", Map.of("status", o.status)));
            }
            requireUnsigned(o);
            return items.ofOrder(o.id).chain(all -> catalogue(req, all).chain(parts -> settlements.ofOrder(o.id).chain(previous -> {
                List<SettlementLine> lines = SettlementLines.of(o.id, all, req.lines(), parts);
                SettlementLines.decide(lines, previous);
                SettlementLines.warrant(lines, rules, parts);
                BigDecimal total = SettlementLines.total(lines);
                o.settlementIssuedAt = act.now();
                return settlements.delete("orderId", o.id).call(settlements::flush)
                        .chain(() -> settlements.persist(lines))
                        .chain(() -> journal.append(act, o, RepairEventType.SETTLEMENT_ISSUED, o.status, EventDetails.amount(total)))
                        .chain(() -> notices.owner(o, NotificationKind.REPAIR_SETTLEMENT, Map.of("amount", total.toPlainString()), true))
                        .chain(() -> views.full(o, act));
            })));
        });
    }

    /**
     * The parts the lines name (checked: 400 {@code lines[n].partId}; one the estimate carries may have left the
     * catalogue since) and those of the estimate items they bill.
     */
    private Uni<Map<UUID, PartRef>> catalogue(SettlementRequest req, List<EstimateItem> all) {
        Set<UUID> onEstimate = all.stream().map(i -> i.partId).filter(Objects::nonNull).collect(Collectors.toSet());
        return supply.catalogue(req.lines().stream().map(SettlementLineRequest::partId).toList(),
                req.lines().stream().map(SettlementLineRequest::kind).toList(), onEstimate, n -> "lines[" + n + "].partId").chain(named -> {
            Set<UUID> estimated = onEstimate.stream().filter(id -> !named.containsKey(id)).collect(Collectors.toSet());
            return supply.parts(estimated).map(more -> {
                Map<UUID, PartRef> parts = new HashMap<>(named);
                parts.putAll(more);
                return parts;
            });
        });
    }

    /**
     * A signed settlement changes only after the advisor reopens it, saying why: the signature is cleared (its image
     * stays in the blob store, named in the journal), the owner is told, and must sign the new one.
     */
    @WithTransaction
    public Uni<RepairOrderView> reopen(Caller caller, UUID id, ReopenRequest req) {
        return access.change(caller, id, (act, o) -> {
            if (o.status != RepairStatus.READY || o.settlementAcknowledgedAt == null) {
                throw new ConflictException("settlement-not-signed", Detail.of("problem.repair.reopen-when-signed", Map.of("status", o.status)));
            }
            String reason = req.reason().strip();
            o.settlementAcknowledgedAt = null;
            o.settlementAcknowledgedBy = null;
            o.settlementSignatureKey = null;
            o.settlementSignatureSha256 = null;
            return journal.append(act, o, RepairEventType.SETTLEMENT_REOPENED, o.status, EventDetails.message(reason))
                    .chain(() -> notices.owner(o, NotificationKind.REPAIR_SETTLEMENT_REOPENED, Map.of("reason", reason), true))
                    .chain(() -> views.full(o, act));
        });
    }

    /** Once the owner signed, nothing of the settlement changes until it is reopened. */
    static void requireUnsigned(RepairOrder o) {
        if (o.settlementAcknowledgedAt != null) {
            throw new ConflictException("settlement-signed", Detail.of("problem.repair.settlement-signed"));
        }
    }
}

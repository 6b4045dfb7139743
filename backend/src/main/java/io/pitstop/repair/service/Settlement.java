package io.pitstop.repair.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.identity.Caller;
import io.pitstop.notify.NotificationKind;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairOrderView;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.SettlementRequest;
import io.pitstop.repair.persistence.EstimateItemRepository;
import io.pitstop.repair.persistence.SettlementLine;
import io.pitstop.repair.persistence.SettlementLineRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The settlement (结算单): issued by the advisor once the car is READY, itemised against the approved estimate
 * ({@link SettlementLines}), and signed by the owner before the car is handed over. Reissuing clears the signature.
 */
@ApplicationScoped
public class Settlement {

    private final OrderAccess access;
    private final EstimateItemRepository items;
    private final SettlementLineRepository settlements;
    private final RepairJournal journal;
    private final RepairNotices notices;
    private final RepairViews views;

    public Settlement(OrderAccess access, EstimateItemRepository items, SettlementLineRepository settlements, RepairJournal journal,
                      RepairNotices notices, RepairViews views) {
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
            return items.ofOrder(o.id).chain(all -> {
                List<SettlementLine> lines = SettlementLines.of(o.id, all, req.lines());
                BigDecimal total = SettlementLines.total(lines);
                o.settlementIssuedAt = act.now();
                o.settlementAcknowledgedAt = null;
                o.settlementAcknowledgedBy = null;
                return settlements.delete("orderId", o.id).call(settlements::flush)
                        .chain(() -> settlements.persist(lines))
                        .chain(() -> journal.append(act, o, RepairEventType.SETTLEMENT_ISSUED, o.status, EventDetails.amount(total)))
                        .chain(() -> notices.owner(o, NotificationKind.REPAIR_SETTLEMENT, Map.of("amount", total.toPlainString()), true))
                        .chain(() -> views.full(o, act));
            });
        });
    }

    /** The owner signs the settlement; their advisor may then hand the car over. */
    @WithTransaction
    public Uni<RepairOrderView> acknowledge(Caller caller, UUID id) {
        return access.change(caller, id, (act, o) -> {
            if (o.status != RepairStatus.READY || o.settlementIssuedAt == null) {
                throw new ConflictException("no-settlement", Detail.of("problem.repair.no-settlement"));
            }
            if (o.settlementAcknowledgedAt != null) {
                throw new ConflictException("already-acknowledged", Detail.of("problem.repair.already-acknowledged"));
            }
            o.settlementAcknowledgedAt = act.now();
            o.settlementAcknowledgedBy = caller.accountId();
            return journal.append(act, o, RepairEventType.SETTLEMENT_ACKNOWLEDGED, o.status, EventDetails.NONE)
                    .chain(() -> notices.staff(act, o, o.advisorId, NotificationKind.REPAIR_SETTLEMENT_SIGNED, Map.of()))
                    .chain(() -> views.full(o, act));
        });
    }
}

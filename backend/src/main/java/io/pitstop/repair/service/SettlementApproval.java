package io.pitstop.repair.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Role;
import io.pitstop.notify.NotificationKind;
import io.pitstop.repair.Decision;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairOrderView;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.SettlementApprovalRequest;
import io.pitstop.repair.SettlementLineDecision;
import io.pitstop.repair.persistence.SettlementLine;
import io.pitstop.repair.persistence.SettlementLineRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The owner's decisions on settlement lines that were never approved on the estimate (a part found while fitting
 * another), taken like a supplement's: line by line, once, before signing; an advisor may record an answer the owner
 * gave in person, and who recorded it is kept. A declined line stays on the document and is not billed.
 */
@ApplicationScoped
public class SettlementApproval {

    private final OrderAccess access;
    private final SettlementLineRepository settlements;
    private final RepairJournal journal;
    private final RepairNotices notices;
    private final RepairViews views;

    public SettlementApproval(OrderAccess access, SettlementLineRepository settlements, RepairJournal journal, RepairNotices notices,
                              RepairViews views) {
        this.access = access;
        this.settlements = settlements;
        this.journal = journal;
        this.notices = notices;
        this.views = views;
    }

    @WithTransaction
    public Uni<RepairOrderView> decide(Caller caller, UUID id, SettlementApprovalRequest req) {
        return access.change(caller, id, (act, o) -> {
            if (o.status != RepairStatus.READY || o.settlementIssuedAt == null) {
                throw new ConflictException("no-settlement", Detail.of("problem.repair.no-settlement"));
            }
            Settlement.requireUnsigned(o);
            return settlements.ofOrder(o.id).chain(lines -> {
                Map<UUID, SettlementLine> byId = lines.stream().collect(Collectors.toMap(l -> l.id, Function.identity()));
                List<SettlementLineDecision> decisions = req.decisions();
                check(byId, decisions);
                for (SettlementLineDecision d : decisions) {
                    SettlementLine line = byId.get(d.lineId());
                    line.decision = d.decision();
                    line.decidedAt = act.now();
                    line.decidedBy = caller.accountId();
                    line.decidedByName = caller.name();
                    line.decidedByRole = caller.role();
                }
                long approved = decisions.stream().filter(d -> d.decision() == Decision.APPROVED).count();
                EventDetails decided = EventDetails.message(EventTexts.both("event.ITEMS_DECIDED",
                        Map.of("approved", approved, "declined", decisions.size() - approved))).withAmount(SettlementLines.total(lines));
                Uni<?> recorded = journal.append(act, o, RepairEventType.SETTLEMENT_LINES_DECIDED, o.status, decided);
                return recorded.chain(() -> caller.role() == Role.CUSTOMER
                                ? notices.staff(act, o, o.advisorId, NotificationKind.REPAIR_DECIDED, Map.of("status", o.status.name()))
                                : Uni.createFrom().voidItem())
                        .chain(() -> views.full(o, act));
            });
        });
    }

    /** Each new line decided once; a line of the estimate was decided on the estimate. */
    static void check(Map<UUID, SettlementLine> byId, List<SettlementLineDecision> decisions) {
        Set<UUID> seen = new HashSet<>();
        for (int n = 0; n < decisions.size(); n++) {
            SettlementLineDecision d = decisions.get(n);
            SettlementLine line = byId.get(d.lineId());
            if (line == null || !seen.add(d.lineId())) {
                throw new InvalidInputException("decisions[" + n + "].lineId",
                        Detail.of(line == null ? "problem.repair.not-a-settlement-line" : "problem.repair.item-named-twice"));
            }
            if (d.decision() == Decision.PENDING) {
                throw new InvalidInputException("decisions[" + n + "].decision", Detail.of("problem.repair.decision-pending"));
            }
            if (line.decision != Decision.PENDING) {
                throw new ConflictException("already-decided", Detail.of("problem.repair.already-decided",
                        Map.of("item", line.description, "decision", line.decision)));
            }
        }
    }
}

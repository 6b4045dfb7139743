package io.pitstop.repair.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Role;
import io.pitstop.identity.service.People;
import io.pitstop.notify.NotificationKind;
import io.pitstop.repair.ApprovalRequest;
import io.pitstop.repair.Decision;
import io.pitstop.repair.ItemDecision;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairOrderView;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.EstimateItem;
import io.pitstop.repair.persistence.EstimateItemRepository;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.shop.ShopService;
import io.pitstop.shop.WorkClock;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The customer's decisions on the estimate, item by item ("nothing is done before the customer approves"); an
 * advisor may record decisions the customer gave in person or by phone, and who recorded them is kept. When nothing
 * of the estimate is pending any more the order is approved and its completion promised, and the team leads are
 * told to dispatch it; or it is cancelled when everything was declined.
 */
@ApplicationScoped
public class EstimateApproval {

    private final OrderAccess access;
    private final EstimateItemRepository items;
    private final People people;
    private final RepairJournal journal;
    private final RepairNotices notices;
    private final RepairViews views;
    private final RepairRules rules;
    private final ShopService shop;
    private final PartsSupply supply;

    public EstimateApproval(OrderAccess access, EstimateItemRepository items, People people, RepairJournal journal,
                            RepairNotices notices, RepairViews views, RepairRules rules, ShopService shop, PartsSupply supply) {
        this.supply = supply;
        this.access = access;
        this.items = items;
        this.people = people;
        this.journal = journal;
        this.notices = notices;
        this.views = views;
        this.rules = rules;
        this.shop = shop;
    }

    @WithTransaction
    public Uni<RepairOrderView> decide(Caller caller, UUID id, ApprovalRequest req) {
        return access.change(caller, id, (act, o) -> items.ofOrder(o.id).chain(all -> {
            Map<UUID, EstimateItem> byId = all.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
            List<ItemDecision> decisions = req.decisions();
            check(o.status, byId, decisions);
            for (ItemDecision d : decisions) {
                EstimateItem item = byId.get(d.itemId());
                item.decision = d.decision();
                item.decidedAt = act.now();
                item.decidedBy = caller.accountId();
                item.decidedByName = caller.name();
                item.decidedByRole = caller.role();
            }
            long approved = decisions.stream().filter(d -> d.decision() == Decision.APPROVED).count();
            BigDecimal approvedAmount = Estimates.sum(decisions.stream().filter(d -> d.decision() == Decision.APPROVED)
                    .map(d -> byId.get(d.itemId())).toList());
            EventDetails decided = EventDetails.message(EventTexts.both("event.ITEMS_DECIDED",
                    Map.of("approved", approved, "declined", decisions.size() - approved))).withAmount(approvedAmount);
            Uni<?> recorded = journal.append(act, o, RepairEventType.ITEMS_DECIDED, o.status, decided);
            // A supplement's approved catalogue lines ask for their parts at once; the estimate's when the order is approved.
            List<EstimateItem> supplementParts = o.status == RepairStatus.AWAITING_APPROVAL ? List.of() : decisions.stream()
                    .filter(d -> d.decision() == Decision.APPROVED).map(d -> byId.get(d.itemId())).filter(i -> i.partId != null).toList();
            Uni<Void> settled = switch (Estimates.outcome(o.status, all)) {
                case WAITING -> recorded.chain(() -> supply.reserve(act, o, supplementParts)).replaceWithVoid();
                case APPROVED -> recorded.chain(() -> approve(act, o, all));
                case DECLINED -> recorded.chain(() -> cancel(act, o));
            };
            return settled.chain(() -> caller.role() == Role.CUSTOMER ? tellStaff(act, o) : Uni.createFrom().voidItem())
                    .chain(() -> views.full(o, act));
        }));
    }

    /** Each item decided once, while the order can still take its decision: an estimate before approval, a supplement while open. */
    static void check(RepairStatus status, Map<UUID, EstimateItem> byId, List<ItemDecision> decisions) {
        Set<UUID> seen = new HashSet<>();
        for (int n = 0; n < decisions.size(); n++) {
            ItemDecision d = decisions.get(n);
            EstimateItem item = byId.get(d.itemId());
            if (item == null || !seen.add(d.itemId())) {
                throw new InvalidInputException("decisions[" + n + "].itemId",
                        Detail.of(item == null ? "problem.repair.not-an-item" : "problem.repair.item-named-twice"));
            }
            if (d.decision() == Decision.PENDING) {
                throw new InvalidInputException("decisions[" + n + "].decision", Detail.of("problem.repair.decision-pending"));
            }
            if (item.decision != Decision.PENDING) {
                throw new ConflictException("already-decided", Detail.of("problem.repair.already-decided",
                        Map.of("item", item.description, "decision", item.decision)));
            }
            if (item.round == 0 && status != RepairStatus.AWAITING_APPROVAL || item.round > 0 && !RepairStatus.OPEN.contains(status)) {
                throw new ConflictException("illegal-transition", Detail.of("problem.repair.past-deciding", Map.of("status", status)));
            }
        }
    }

    /** Approved: the promise is set (in opening hours) and the team leads are told to dispatch within the rule's time. */
    private Uni<Void> approve(Acting act, RepairOrder o, List<EstimateItem> all) {
        List<EstimateItem> approved = all.stream().filter(i -> i.decision == Decision.APPROVED).toList();
        return shop.workClock().chain(work -> approve(act, o, work, approved));
    }

    /**
     * The approved catalogue lines reserve their parts; when one is missing the order waits for it and the team leads
     * hear of it only once it has arrived ({@link PartsArrived}).
     */
    private Uni<Void> approve(Acting act, RepairOrder o, WorkClock work, List<EstimateItem> approved) {
        RepairStatus from = o.status;
        o.status = RepairStatus.APPROVED;
        o.approvedAt = act.now();
        o.promisedAt = Promises.promise(work, act.now(), o.expectedMinutes);
        Map<String, String> dispatch = new LinkedHashMap<>();
        dispatch.put("dispatchWithin", rules.dispatchWithin().toString());
        if (o.safetyCritical) {
            dispatch.put("safetyStartWithin", rules.safetyStartWithin().toString());
        }
        return journal.append(act, o, RepairEventType.APPROVED, from, EventDetails.NONE)
                .chain(() -> notices.owner(o, NotificationKind.REPAIR_APPROVED, Map.of("promisedAt", act.at(o.promisedAt).toString()), false))
                .chain(() -> supply.reserve(act, o, approved))
                .chain(waiting -> waiting ? Uni.createFrom().voidItem() : people.activeWith(Role.TEAM_LEAD)
                        .chain(leads -> notices.staff(act, o, leads, NotificationKind.REPAIR_TO_DISPATCH, dispatch, o.safetyCritical)));
    }

    private Uni<Void> cancel(Acting act, RepairOrder o) {
        RepairStatus from = o.status;
        o.status = RepairStatus.CANCELLED;
        o.cancelledAt = act.now();
        EventDetails declined = EventDetails.message(EventTexts.both("event.CANCELLED.declined", Map.of()));
        return supply.releaseOrder(act, o).chain(() -> journal.append(act, o, RepairEventType.CANCELLED, from, declined)).replaceWithVoid();
    }

    /** The owner decided: their advisor hears of it, and the technician when one is at work on the car. */
    private Uni<Void> tellStaff(Acting act, RepairOrder o) {
        Map<String, String> status = Map.of("status", o.status.name());
        Uni<Void> advisor = notices.staff(act, o, o.advisorId, NotificationKind.REPAIR_DECIDED, status);
        return o.technicianId == null ? advisor
                : advisor.chain(() -> notices.staff(act, o, o.technicianId, NotificationKind.REPAIR_DECIDED, status));
    }
}

package io.pitstop.repair.service;

import io.pitstop.common.Texts;
import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.parts.PartRef;
import io.pitstop.identity.Caller;
import io.pitstop.notify.NotificationKind;
import io.pitstop.repair.Decision;
import io.pitstop.repair.EstimateItemRequest;
import io.pitstop.repair.EstimateRequest;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairOrderView;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.SupplementRequest;
import io.pitstop.repair.persistence.EstimateItem;
import io.pitstop.repair.persistence.EstimateItemRepository;
import io.pitstop.repair.persistence.RepairOrder;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The work order's proposed work (服务工单), priced by the advisor and sent to the owner, who approves or declines it
 * item by item ({@link EstimateApproval}): the estimate before any work, and supplements (增项) for work found
 * during the repair, each waiting for its own approval.
 */
@ApplicationScoped
public class Estimating {

    private static final Set<RepairStatus> BEFORE_APPROVAL = EnumSet.of(RepairStatus.CHECKED_IN, RepairStatus.AWAITING_APPROVAL);
    private static final Set<RepairStatus> IN_REPAIR = EnumSet.of(RepairStatus.DISPATCHED, RepairStatus.IN_REPAIR, RepairStatus.WAITING_PARTS);

    private final OrderAccess access;
    private final EstimateItemRepository items;
    private final RepairJournal journal;
    private final RepairNotices notices;
    private final RepairViews views;
    private final PartsSupply supply;

    public Estimating(OrderAccess access, EstimateItemRepository items, RepairJournal journal, RepairNotices notices, RepairViews views,
                      PartsSupply supply) {
        this.supply = supply;
        this.access = access;
        this.items = items;
        this.journal = journal;
        this.notices = notices;
        this.views = views;
    }

    /** The estimate, replacing one the customer has not started deciding on. */
    @WithTransaction
    public Uni<RepairOrderView> estimate(Caller caller, UUID id, EstimateRequest req) {
        return access.change(caller, id, (act, o) -> {
            if (!BEFORE_APPROVAL.contains(o.status)) {
                throw new ConflictException("illegal-transition",
                        Detail.of("problem.repair.estimate-after-approval", Map.of("status", o.status)));
            }
            return items.ofOrder(o.id).chain(existing -> catalogue(req.items(), existing).chain(parts -> {
                if (existing.stream().anyMatch(i -> i.decision != Decision.PENDING)) {
                    throw new ConflictException("estimate-decided", Detail.of("problem.repair.estimate-decided"));
                }
                RepairStatus from = o.status;
                Uni<Void> cleared = existing.isEmpty() ? Uni.createFrom().voidItem()
                        : items.delete("orderId = ?1 and round = 0", o.id).replaceWithVoid().call(items::flush);
                List<EstimateItem> created = newItems(act, o, 0, req.items(), parts);
                BigDecimal total = Estimates.sum(created);
                o.status = RepairStatus.AWAITING_APPROVAL;
                o.expectedMinutes = req.durationMinutes();
                o.diagnosis = Texts.optional(req.diagnosis());
                o.estimateSentAt = act.now();
                return cleared.chain(() -> items.persist(created))
                        .chain(() -> journal.append(act, o, RepairEventType.ESTIMATE_SENT, from,
                                EventDetails.message(o.diagnosis).withAmount(total)))
                        .chain(() -> notices.owner(o, NotificationKind.REPAIR_ESTIMATE, Map.of("amount", total.toPlainString()), true))
                        .chain(() -> views.full(o, act));
            }));
        });
    }

    /** Work found during the repair: the order cannot go to quality check while it waits for the customer. */
    @WithTransaction
    public Uni<RepairOrderView> supplement(Caller caller, UUID id, SupplementRequest req) {
        return access.change(caller, id, (act, o) -> {
            if (!IN_REPAIR.contains(o.status)) {
                throw new ConflictException("illegal-transition",
                        Detail.of("problem.repair.supplement-outside-repair", Map.of("status", o.status)));
            }
            return items.ofOrder(o.id).chain(existing -> catalogue(req.items(), existing).chain(parts -> {
                int round = existing.stream().mapToInt(i -> i.round).max().orElse(0) + 1;
                List<EstimateItem> created = newItems(act, o, round, req.items(), parts);
                BigDecimal total = Estimates.sum(created);
                String finding = req.finding().strip();
                return items.persist(created)
                        .chain(() -> journal.append(act, o, RepairEventType.SUPPLEMENT_SENT, o.status,
                                EventDetails.message(finding).withAmount(total)))
                        .chain(() -> notices.owner(o, NotificationKind.REPAIR_SUPPLEMENT,
                                Map.of("amount", total.toPlainString(), "finding", finding), true))
                        .chain(() -> views.full(o, act));
            }));
        });
    }

    /**
     * The catalogue parts the items name, checked (400 {@code items[n].partId}); a part the order's items already
     * carry may stay on it after it left the catalogue.
     */
    private Uni<Map<UUID, PartRef>> catalogue(List<EstimateItemRequest> requests, List<EstimateItem> existing) {
        return supply.catalogue(requests.stream().map(EstimateItemRequest::partId).toList(),
                requests.stream().map(EstimateItemRequest::kind).toList(),
                existing.stream().map(i -> i.partId).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()),
                n -> "items[" + n + "].partId");
    }

    /**
     * A catalogue line takes the part's number, and its name unless the advisor describes it; a line without one must
     * say what it is (a PART line without a catalogue part is sublet or free text).
     */
    private static List<EstimateItem> newItems(Acting act, RepairOrder o, int round, List<EstimateItemRequest> requests,
                                               Map<UUID, PartRef> parts) {
        List<EstimateItem> list = new ArrayList<>();
        for (int n = 0; n < requests.size(); n++) {
            EstimateItemRequest r = requests.get(n);
            EstimateItem i = new EstimateItem();
            i.id = UUID.randomUUID();
            i.orderId = o.id;
            i.round = (short) round;
            i.position = (short) n;
            i.kind = r.kind();
            PartRef part = r.partId() == null ? null : parts.get(r.partId());
            String description = Texts.optional(r.description());
            if (description == null && part == null) {
                throw new InvalidInputException("items[" + n + "].description", Detail.of("problem.repair.description-required"));
            }
            i.description = description != null ? description : part.nameZh();
            i.partNumber = part != null ? part.partNumber() : Texts.optional(r.partNumber());
            i.partId = part == null ? null : part.id();
            i.quantity = r.quantity();
            i.unitPrice = r.unitPrice();
            i.necessity = r.necessity();
            i.reason = r.reason().strip();
            i.decision = Decision.PENDING;
            i.createdAt = act.now();
            i.createdBy = act.caller().accountId();
            list.add(i);
        }
        return list;
    }
}

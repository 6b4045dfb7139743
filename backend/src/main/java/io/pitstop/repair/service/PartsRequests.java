package io.pitstop.repair.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Role;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairOrderView;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.EstimateItemRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The technician at the car asks for its parts (领料): the order's reserved parts go to the top of the parts desk's
 * "issue now". The order's assigned technician asks, or a team lead; the staff's timeline notes it.
 */
@ApplicationScoped
public class PartsRequests {

    private static final Set<RepairStatus> AT_WORK = EnumSet.of(RepairStatus.DISPATCHED, RepairStatus.IN_REPAIR, RepairStatus.WAITING_PARTS);

    private final OrderAccess access;
    private final EstimateItemRepository items;
    private final PartsSupply supply;
    private final RepairJournal journal;
    private final RepairViews views;

    public PartsRequests(OrderAccess access, EstimateItemRepository items, PartsSupply supply, RepairJournal journal, RepairViews views) {
        this.access = access;
        this.items = items;
        this.supply = supply;
        this.journal = journal;
        this.views = views;
    }

    @WithTransaction
    public Uni<RepairOrderView> ask(Caller caller, UUID id) {
        return access.change(caller, id, (act, o) -> {
            if (caller.role() == Role.TECHNICIAN && !caller.accountId().equals(o.technicianId)) {
                throw new RepairFlow.NotYours(Detail.of("problem.repair.parts-not-yours"));
            }
            if (!AT_WORK.contains(o.status)) {
                throw new ConflictException("illegal-transition", Detail.of("problem.repair.parts-when-at-work", Map.of("status", o.status)));
            }
            return items.ofOrder(o.id).chain(all -> {
                if (all.stream().noneMatch(i -> i.partId != null && i.decision == io.pitstop.repair.Decision.APPROVED)) {
                    throw new ConflictException("no-catalogue-parts", Detail.of("problem.repair.no-catalogue-parts"));
                }
                return supply.port().askToIssue(o.id, caller, act.now())
                        .chain(() -> journal.append(act, o, RepairEventType.PARTS_REQUESTED, o.status, EventDetails.NONE))
                        .chain(() -> views.full(o, act));
            });
        });
    }
}

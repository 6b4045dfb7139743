package io.pitstop.repair.service;

import io.pitstop.common.Texts;
import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Person;
import io.pitstop.identity.Role;
import io.pitstop.identity.service.People;
import io.pitstop.notify.NotificationKind;
import io.pitstop.repair.Decision;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairOrderView;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.TransitionRequest;
import io.pitstop.repair.persistence.EstimateItemRepository;
import io.pitstop.repair.persistence.RepairOrder;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.UUID;

/**
 * The workshop flow (派工, 维修, 质检): the moves of {@link RepairFlow}, made by whom it says. The team lead dispatches
 * an approved order to a technician; the owner hears of the moves that matter to them, the technician of the
 * dispatch, the advisor of the quality check's verdict.
 */
@ApplicationScoped
public class WorkshopMoves {

    private final OrderAccess access;
    private final EstimateItemRepository items;
    private final People people;
    private final RepairJournal journal;
    private final RepairNotices notices;
    private final RepairViews views;
    private final RepairRules rules;
    private final PartsSupply supply;

    public WorkshopMoves(OrderAccess access, EstimateItemRepository items, People people, RepairJournal journal, RepairNotices notices,
                         RepairViews views, RepairRules rules, PartsSupply supply) {
        this.supply = supply;
        this.access = access;
        this.items = items;
        this.people = people;
        this.journal = journal;
        this.notices = notices;
        this.views = views;
        this.rules = rules;
    }

    @WithTransaction
    public Uni<RepairOrderView> move(Caller caller, UUID id, TransitionRequest req) {
        return access.change(caller, id, (act, o) -> {
            RepairFlow.Move move = RepairFlow.move(o, req.to(), caller, req.reason());
            EventDetails reason = EventDetails.message(Texts.optional(req.reason()));
            Uni<EventDetails> prepared = switch (req.to()) {
                case DISPATCHED -> technician(req.technicianId()).map(tech -> {
                    o.technicianId = tech.id();
                    o.dispatchedAt = act.now();
                    return reason.withTechnician(tech.name());
                });
                case QUALITY_CHECK -> items.ofOrder(o.id).map(all -> {
                    if (all.stream().anyMatch(i -> i.decision == Decision.PENDING)) {
                        throw new ConflictException("supplement-pending", Detail.of("problem.repair.supplement-pending"));
                    }
                    return reason;
                });
                default -> Uni.createFrom().item(reason);
            };
            return prepared.chain(details -> {
                RepairStatus from = o.status;
                o.status = req.to();
                // Waiting by hand during the repair goes back to the repair; leaving the wait forgets where it came from.
                o.waitingFrom = req.to() == RepairStatus.WAITING_PARTS ? RepairStatus.IN_REPAIR : null;
                if (req.to() == RepairStatus.IN_REPAIR && o.repairStartedAt == null) {
                    o.repairStartedAt = act.now();
                }
                if (req.to() == RepairStatus.READY) {
                    o.readyAt = act.now();
                    o.remainingMinutes = 0;
                }
                Uni<Void> released = Uni.createFrom().voidItem();
                if (req.to() == RepairStatus.CANCELLED) {
                    o.cancelledAt = act.now();
                    released = supply.releaseOrder(act, o);
                }
                return released.chain(() -> journal.append(act, o, move.event(), from, details))
                        .chain(() -> announce(act, o, move.event(), details.message()))
                        .chain(() -> views.full(o, act));
            });
        });
    }

    /** Whom an order is dispatched to: an active technician or team lead. */
    private Uni<Person> technician(UUID id) {
        if (id == null) {
            throw new InvalidInputException("technicianId", Detail.of("problem.repair.technician-required"));
        }
        return people.find(id).map(p -> {
            if (p == null || !p.active() || (p.role() != Role.TECHNICIAN && p.role() != Role.TEAM_LEAD)) {
                throw new InvalidInputException("technicianId", Detail.of("problem.repair.not-a-technician"));
            }
            return p;
        });
    }

    private Uni<Void> announce(Acting act, RepairOrder o, RepairEventType event, String reason) {
        return switch (event) {
            case DISPATCHED -> notices.staff(act, o, o.technicianId, NotificationKind.REPAIR_ASSIGNED,
                    o.safetyCritical ? Map.of("safetyStartWithin", rules.safetyStartWithin().toString()) : Map.of());
            case REPAIR_STARTED -> notices.owner(o, NotificationKind.REPAIR_STARTED, Map.of(), false);
            case WAITING_PARTS -> notices.owner(o, NotificationKind.REPAIR_WAITING_PARTS, Map.of("reason", reason), false);
            case READY -> notices.owner(o, NotificationKind.REPAIR_READY, Map.of(), true)
                    .chain(() -> notices.staff(act, o, o.advisorId, NotificationKind.REPAIR_READY_FOR_DELIVERY, Map.of()));
            case QC_FAILED -> notices.staff(act, o, o.advisorId, NotificationKind.REPAIR_QC_FAILED, Map.of("reason", reason));
            case CANCELLED -> notices.owner(o, NotificationKind.REPAIR_CANCELLED, Map.of("reason", reason), true);
            default -> Uni.createFrom().voidItem();
        };
    }
}

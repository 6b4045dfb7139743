package io.pitstop.repair.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.InvalidInputException;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Role;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.RepairOrder;
import io.quarkus.security.ForbiddenException;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.pitstop.repair.RepairStatus.APPROVED;
import static io.pitstop.repair.RepairStatus.AWAITING_APPROVAL;
import static io.pitstop.repair.RepairStatus.CANCELLED;
import static io.pitstop.repair.RepairStatus.CHECKED_IN;
import static io.pitstop.repair.RepairStatus.DISPATCHED;
import static io.pitstop.repair.RepairStatus.IN_REPAIR;
import static io.pitstop.repair.RepairStatus.QUALITY_CHECK;
import static io.pitstop.repair.RepairStatus.READY;
import static io.pitstop.repair.RepairStatus.WAITING_PARTS;

/**
 * The workshop flow as data: which moves exist, who may make them, which need a reason. The estimate, approval
 * and delivery moves have endpoints of their own (they carry more than a status), so they are not listed here.
 */
public final class RepairFlow {

    /** A move of the transitions endpoint: who may make it, whether it needs a reason, and the event it records. */
    record Move(RepairStatus from, RepairStatus to, Set<Role> roles, boolean assignedTechnician, boolean reasonRequired,
                RepairEventType event) {
    }

    private static final Set<Role> WORKSHOP = EnumSet.of(Role.TEAM_LEAD, Role.MANAGER);
    private static final List<Move> MOVES = List.of(
            new Move(APPROVED, DISPATCHED, WORKSHOP, false, false, RepairEventType.DISPATCHED),
            new Move(DISPATCHED, IN_REPAIR, WORKSHOP, true, false, RepairEventType.REPAIR_STARTED),
            new Move(IN_REPAIR, WAITING_PARTS, EnumSet.of(Role.TEAM_LEAD, Role.MANAGER, Role.ADVISOR), true, true, RepairEventType.WAITING_PARTS),
            new Move(WAITING_PARTS, IN_REPAIR, EnumSet.of(Role.TEAM_LEAD, Role.MANAGER, Role.ADVISOR), true, false, RepairEventType.REPAIR_RESUMED),
            new Move(IN_REPAIR, QUALITY_CHECK, WORKSHOP, true, false, RepairEventType.QUALITY_CHECK),
            new Move(QUALITY_CHECK, READY, EnumSet.of(Role.INSPECTOR, Role.MANAGER), false, false, RepairEventType.READY),
            new Move(QUALITY_CHECK, IN_REPAIR, EnumSet.of(Role.INSPECTOR, Role.MANAGER), false, true, RepairEventType.QC_FAILED),
            new Move(CHECKED_IN, CANCELLED, EnumSet.of(Role.ADVISOR, Role.MANAGER), false, true, RepairEventType.CANCELLED),
            new Move(AWAITING_APPROVAL, CANCELLED, EnumSet.of(Role.ADVISOR, Role.MANAGER), false, true, RepairEventType.CANCELLED),
            new Move(APPROVED, CANCELLED, EnumSet.of(Role.ADVISOR, Role.MANAGER), false, true, RepairEventType.CANCELLED));

    /** Where a status goes through its own endpoint. */
    private static final Map<RepairStatus, String> OWN_ENDPOINT = Map.of(
            AWAITING_APPROVAL, "an estimate (POST .../estimate)",
            APPROVED, "the customer's approval (POST .../approval)",
            RepairStatus.DELIVERED, "the delivery (POST .../delivery)");

    private RepairFlow() {
    }

    /**
     * The move from the order's status to {@code to} for this caller. An illegal move is a 409 whoever asks; a
     * legal one by the wrong person is a 403.
     */
    static Move move(RepairOrder order, RepairStatus to, Caller caller, String reason) {
        Move move = MOVES.stream().filter(m -> m.from() == order.status && m.to() == to).findFirst().orElse(null);
        if (move == null && to == DISPATCHED && (order.status == CHECKED_IN || order.status == AWAITING_APPROVAL)) {
            throw new ConflictException("illegal-transition", "No work starts before the customer's approval of the estimate; "
                    + "this order is " + order.status);
        }
        if (move == null) {
            String via = OWN_ENDPOINT.get(to);
            throw new ConflictException("illegal-transition", "A repair order cannot go from " + order.status + " to " + to
                    + (via == null ? "" : "; it gets there through " + via));
        }
        if (!allowed(move, order, caller)) {
            throw new ForbiddenException("Not yours to move from " + order.status + " to " + to);
        }
        if (move.reasonRequired() && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "is required to move to " + to);
        }
        return move;
    }

    /** The moves the caller may make now (shown as buttons). */
    public static List<RepairStatus> next(RepairOrder order, Caller caller) {
        List<RepairStatus> next = new ArrayList<>();
        for (Move m : MOVES) {
            if (m.from() == order.status && allowed(m, order, caller)) {
                next.add(m.to());
            }
        }
        return next;
    }

    private static boolean allowed(Move m, RepairOrder order, Caller caller) {
        if (m.roles().contains(caller.role())) {
            return true;
        }
        return m.assignedTechnician() && caller.role() == Role.TECHNICIAN && order.technicianId != null
                && !caller.isPartner() && order.technicianId.equals(caller.accountId());
    }
}

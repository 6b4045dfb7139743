package io.pitstop.repair.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.DomainException;
import io.pitstop.common.InvalidInputException;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Role;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.RepairOrder;

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
            new Move(APPROVED, CANCELLED, EnumSet.of(Role.ADVISOR, Role.MANAGER), false, true, RepairEventType.CANCELLED),
            new Move(WAITING_PARTS, CANCELLED, EnumSet.of(Role.ADVISOR, Role.MANAGER), false, true, RepairEventType.CANCELLED));

    /** Statuses reached through an endpoint of their own (the problem names it). */
    private static final Set<RepairStatus> OWN_ENDPOINT = EnumSet.of(AWAITING_APPROVAL, APPROVED, RepairStatus.DELIVERED);

    private RepairFlow() {
    }

    /** A legal move by someone whose move it is not (another technician's car, the wrong role): 403. */
    static final class NotYours extends DomainException {
        NotYours(Detail detail) {
            super(403, "forbidden", "Forbidden", detail, null);
        }
    }

    /**
     * The move from the order's status to {@code to} for this caller. An illegal move is a 409 whoever asks; a
     * legal one by the wrong person is a 403.
     */
    static Move move(RepairOrder order, RepairStatus to, Caller caller, String reason) {
        Move move = MOVES.stream().filter(m -> m.from() == order.status && m.to() == to).findFirst().orElse(null);
        Map<String, Object> values = Map.of("status", order.status, "to", to);
        if (move == null && to == DISPATCHED && (order.status == CHECKED_IN || order.status == AWAITING_APPROVAL)) {
            throw new ConflictException("illegal-transition", Detail.of("problem.repair.no-work-before-approval", values));
        }
        if (move == null) {
            throw new ConflictException("illegal-transition", Detail.of(OWN_ENDPOINT.contains(to)
                    ? "problem.repair.no-such-move." + to : "problem.repair.no-such-move", values));
        }
        if (!fits(move, order)) {
            throw new ConflictException("illegal-transition", Detail.of("problem.repair.waiting-for-parts." + to,
                    waitingValues(order, to)));
        }
        if (!allowed(move, order, caller)) {
            throw new NotYours(Detail.of("problem.repair.not-yours-to-move", values));
        }
        if (move.reasonRequired() && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", Detail.of("problem.repair.reason-required", values));
        }
        return move;
    }

    /** The moves the caller may make now (shown as buttons). */
    public static List<RepairStatus> next(RepairOrder order, Caller caller) {
        List<RepairStatus> next = new ArrayList<>();
        for (Move m : MOVES) {
            if (m.from() == order.status && fits(m, order) && allowed(m, order, caller)) {
                next.add(m.to());
            }
        }
        return next;
    }

    /**
     * An order waiting for catalogue parts ({@code waitingFrom}) goes back where it was when they arrive: only one that
     * waited during the repair is resumed by hand, and only one not yet dispatched can still be cancelled.
     */
    private static boolean fits(Move m, RepairOrder order) {
        if (m.from() != WAITING_PARTS) {
            return true;
        }
        return m.to() == CANCELLED ? order.waitingFrom == APPROVED : order.waitingFrom == null || order.waitingFrom == IN_REPAIR;
    }

    private static Map<String, Object> waitingValues(RepairOrder order, RepairStatus to) {
        return Map.of("status", order.waitingFrom == null ? order.status : order.waitingFrom, "to", to);
    }

    private static boolean allowed(Move m, RepairOrder order, Caller caller) {
        if (m.roles().contains(caller.role())) {
            return true;
        }
        return m.assignedTechnician() && caller.role() == Role.TECHNICIAN && order.technicianId != null
                && !caller.isPartner() && order.technicianId.equals(caller.accountId());
    }
}

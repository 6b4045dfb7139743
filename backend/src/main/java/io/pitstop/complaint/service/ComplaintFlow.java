package io.pitstop.complaint.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.complaint.ComplaintAction;
import io.pitstop.complaint.ComplaintStatus;
import io.pitstop.complaint.persistence.Complaint;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.pitstop.complaint.ComplaintAction.ACKNOWLEDGE;
import static io.pitstop.complaint.ComplaintAction.CONFIRMED;
import static io.pitstop.complaint.ComplaintAction.INFORM_CUSTOMER;
import static io.pitstop.complaint.ComplaintAction.INVESTIGATE;
import static io.pitstop.complaint.ComplaintAction.NOTE;
import static io.pitstop.complaint.ComplaintAction.PROPOSE_REMEDY;
import static io.pitstop.complaint.ComplaintAction.REASSIGN;
import static io.pitstop.complaint.ComplaintAction.REJECTED;
import static io.pitstop.complaint.ComplaintAction.REPRIORITIZE;
import static io.pitstop.complaint.ComplaintAction.RESUME;
import static io.pitstop.complaint.ComplaintAction.WAIT_FOR_CUSTOMER;
import static io.pitstop.complaint.ComplaintStatus.ACKNOWLEDGED;
import static io.pitstop.complaint.ComplaintStatus.CLOSED;
import static io.pitstop.complaint.ComplaintStatus.CUSTOMER_INFORMED;
import static io.pitstop.complaint.ComplaintStatus.INVESTIGATING;
import static io.pitstop.complaint.ComplaintStatus.NEW;
import static io.pitstop.complaint.ComplaintStatus.REMEDY_PROPOSED;
import static io.pitstop.complaint.ComplaintStatus.REOPENED;

/**
 * The handling of a complaint as data: which step may be taken from which status, by whom, and the status it leads
 * to. FILED and ESCALATED are recorded by the system and are not moves. The order of the table is the order in which
 * the caller's next actions are listed.
 */
public final class ComplaintFlow {

    /** Who takes the step: the shop (the complaint's owner, its remedy's owner, customer service, a manager) or its customer. */
    public enum By { SHOP, CUSTOMER }

    /** Whether the step needs the clock running, paused, or either. */
    public enum ClockState { EITHER, RUNNING, PAUSED }

    /** A step from any of {@code from}; {@code to} null keeps the status. */
    public record Move(ComplaintAction action, Set<ComplaintStatus> from, ComplaintStatus to, By by, ClockState clock) {

        /** The status the step leads to. */
        public void takeOn(Complaint c) {
            if (to != null) {
                c.status = to;
            }
        }

        boolean fits(Complaint c) {
            boolean paused = c.pausedSince != null;
            return from.contains(c.status) && (clock == ClockState.EITHER || (clock == ClockState.PAUSED) == paused);
        }
    }

    private static final Set<ComplaintStatus> NOT_CLOSED = EnumSet.complementOf(EnumSet.of(CLOSED));
    /** While the shop still works on it: not closed, and not waiting for the customer's confirmation. */
    private static final Set<ComplaintStatus> IN_HAND = EnumSet.complementOf(EnumSet.of(CLOSED, CUSTOMER_INFORMED));

    private static final List<Move> MOVES = List.of(
            new Move(ACKNOWLEDGE, EnumSet.of(NEW), ACKNOWLEDGED, By.SHOP, ClockState.EITHER),
            new Move(INVESTIGATE, EnumSet.of(ACKNOWLEDGED, REOPENED), INVESTIGATING, By.SHOP, ClockState.EITHER),
            new Move(PROPOSE_REMEDY, EnumSet.of(INVESTIGATING), REMEDY_PROPOSED, By.SHOP, ClockState.EITHER),
            new Move(INFORM_CUSTOMER, EnumSet.of(REMEDY_PROPOSED), CUSTOMER_INFORMED, By.SHOP, ClockState.EITHER),
            // A better remedy replaces the one proposed.
            new Move(PROPOSE_REMEDY, EnumSet.of(REMEDY_PROPOSED), REMEDY_PROPOSED, By.SHOP, ClockState.EITHER),
            new Move(NOTE, NOT_CLOSED, null, By.SHOP, ClockState.EITHER),
            new Move(WAIT_FOR_CUSTOMER, IN_HAND, null, By.SHOP, ClockState.RUNNING),
            new Move(RESUME, IN_HAND, null, By.SHOP, ClockState.PAUSED),
            new Move(REASSIGN, IN_HAND, null, By.SHOP, ClockState.EITHER),
            new Move(REPRIORITIZE, IN_HAND, null, By.SHOP, ClockState.EITHER),
            new Move(CONFIRMED, EnumSet.of(CUSTOMER_INFORMED), CLOSED, By.CUSTOMER, ClockState.EITHER),
            new Move(REJECTED, EnumSet.of(CUSTOMER_INFORMED), REOPENED, By.CUSTOMER, ClockState.EITHER));

    private ComplaintFlow() {
    }

    /** Whether staff post this step (the others are recorded by the system or by the customer). */
    public static boolean postedByShop(ComplaintAction action) {
        return MOVES.stream().anyMatch(m -> m.action() == action && m.by() == By.SHOP);
    }

    /** The move this step makes now; an illegal one is a 409 whoever asks. */
    public static Move move(Complaint c, ComplaintAction action) {
        return MOVES.stream().filter(m -> m.action() == action && m.fits(c)).findFirst().orElseThrow(() -> {
            boolean customers = MOVES.stream().anyMatch(m -> m.action() == action && m.by() == By.CUSTOMER);
            String key = customers ? "problem.complaint.nothing-to-confirm"
                    : c.pausedSince != null ? "problem.complaint.illegal-step-paused" : "problem.complaint.illegal-step";
            return new ConflictException("illegal-step", Detail.of(key, Map.of("complaintAction", action.name(),
                    "complaintStatus", c.status.name())));
        });
    }

    /** What this side may do now, in the order the table lists it. */
    public static List<ComplaintAction> next(Complaint c, By by) {
        return MOVES.stream().filter(m -> m.by() == by && m.fits(c)).map(Move::action).toList();
    }

    /**
     * The complaint is handled by its owner, the owner of its remedy, customer service and the managers; never by the
     * person it is about.
     */
    public static boolean mayHandle(Caller caller, Complaint c) {
        if (c.subjectId != null && c.subjectId.equals(caller.accountId())) {
            return false;
        }
        return caller.role() == Role.MANAGER || caller.role() == Role.CUSTOMER_SERVICE || c.ownerId.equals(caller.accountId())
                || c.remedyOwnerId != null && c.remedyOwnerId.equals(caller.accountId());
    }
}

package io.pitstop.repair.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.DomainException;
import io.pitstop.common.InvalidInputException;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Role;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.RepairOrder;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.pitstop.repair.RepairStatus.APPROVED;
import static io.pitstop.repair.RepairStatus.AWAITING_APPROVAL;
import static io.pitstop.repair.RepairStatus.CANCELLED;
import static io.pitstop.repair.RepairStatus.CHECKED_IN;
import static io.pitstop.repair.RepairStatus.DELIVERED;
import static io.pitstop.repair.RepairStatus.DISPATCHED;
import static io.pitstop.repair.RepairStatus.IN_REPAIR;
import static io.pitstop.repair.RepairStatus.QUALITY_CHECK;
import static io.pitstop.repair.RepairStatus.READY;
import static io.pitstop.repair.RepairStatus.WAITING_PARTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The workshop flow as a table: which moves exist and who may make them, without a server. */
class RepairFlowTest {

    private static final UUID ASSIGNED = UUID.randomUUID();

    /** The legal moves of the transitions endpoint, from each status. */
    private static final Map<RepairStatus, Set<RepairStatus>> LEGAL = Map.of(
            CHECKED_IN, EnumSet.of(CANCELLED),
            AWAITING_APPROVAL, EnumSet.of(CANCELLED),
            APPROVED, EnumSet.of(DISPATCHED, CANCELLED),
            DISPATCHED, EnumSet.of(IN_REPAIR),
            IN_REPAIR, EnumSet.of(WAITING_PARTS, QUALITY_CHECK),
            WAITING_PARTS, EnumSet.of(IN_REPAIR),
            QUALITY_CHECK, EnumSet.of(READY, IN_REPAIR),
            READY, EnumSet.noneOf(RepairStatus.class),
            DELIVERED, EnumSet.noneOf(RepairStatus.class),
            CANCELLED, EnumSet.noneOf(RepairStatus.class));

    @Test
    void aManagerMayMakeEveryLegalMoveAndNoOther() {
        Caller manager = staff(Role.MANAGER);
        for (RepairStatus from : RepairStatus.values()) {
            assertThat(RepairFlow.next(order(from), manager)).as("from %s", from).containsExactlyInAnyOrderElementsOf(LEGAL.get(from));
            for (RepairStatus to : RepairStatus.values()) {
                if (LEGAL.get(from).contains(to)) {
                    assertThat(RepairFlow.move(order(from), to, manager, "because").to()).isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> RepairFlow.move(order(from), to, manager, "because")).as("%s -> %s", from, to)
                            .isInstanceOf(ConflictException.class)
                            .satisfies(e -> assertThat(((DomainException) e).type()).isEqualTo("illegal-transition"));
                }
            }
        }
    }

    @Test
    void noWorkIsDispatchedBeforeTheCustomerApprovedAndTheProblemSaysSo() {
        for (RepairStatus before : List.of(CHECKED_IN, AWAITING_APPROVAL)) {
            assertThatThrownBy(() -> RepairFlow.move(order(before), DISPATCHED, staff(Role.TEAM_LEAD), null))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("approval");
        }
    }

    @Test
    void aStatusWithAnEndpointOfItsOwnIsNamedInTheProblem() {
        assertThatThrownBy(() -> RepairFlow.move(order(CHECKED_IN), AWAITING_APPROVAL, staff(Role.MANAGER), null))
                .hasMessageContaining("POST .../estimate");
        assertThatThrownBy(() -> RepairFlow.move(order(READY), DELIVERED, staff(Role.MANAGER), null))
                .hasMessageContaining("POST .../delivery");
    }

    @Test
    void theTeamLeadDispatchesTheInspectorJudgesAndTheAdvisorCancels() {
        assertThat(RepairFlow.next(order(APPROVED), staff(Role.TEAM_LEAD))).containsExactly(DISPATCHED);
        assertThat(RepairFlow.next(order(APPROVED), staff(Role.ADVISOR))).containsExactly(CANCELLED);
        assertThat(RepairFlow.next(order(QUALITY_CHECK), staff(Role.INSPECTOR))).containsExactlyInAnyOrder(READY, IN_REPAIR);
        assertThat(RepairFlow.next(order(QUALITY_CHECK), staff(Role.TEAM_LEAD))).isEmpty();
        assertThat(RepairFlow.next(order(IN_REPAIR), staff(Role.ADVISOR))).containsExactly(WAITING_PARTS);
        assertThat(RepairFlow.next(order(APPROVED), staff(Role.CUSTOMER_SERVICE))).isEmpty();
    }

    @Test
    void onlyTheAssignedTechnicianWorksOnTheCar() {
        Caller assigned = new Caller(ASSIGNED.toString(), Role.TECHNICIAN, "技师", Set.of());
        Caller other = staff(Role.TECHNICIAN);
        assertThat(RepairFlow.next(order(DISPATCHED), assigned)).containsExactly(IN_REPAIR);
        assertThat(RepairFlow.next(order(DISPATCHED), other)).isEmpty();
        assertThat(RepairFlow.move(order(DISPATCHED), IN_REPAIR, assigned, null).event()).isEqualTo(RepairEventType.REPAIR_STARTED);
        assertThatThrownBy(() -> RepairFlow.move(order(DISPATCHED), IN_REPAIR, other, null))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).status()).isEqualTo(403))
                .satisfies(e -> assertThat(((DomainException) e).type()).isEqualTo("forbidden"));
        // The assigned technician moves the car, but never past the inspector.
        assertThat(RepairFlow.next(order(QUALITY_CHECK), assigned)).isEmpty();
    }

    @Test
    void anIllegalMoveIsAConflictWhoeverAsksBeforeItIsForbidden() {
        assertThatThrownBy(() -> RepairFlow.move(order(READY), IN_REPAIR, staff(Role.CUSTOMER_SERVICE), "x"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void waitingForPartsAFailedCheckAndACancellationNeedTheirReason() {
        assertThatThrownBy(() -> RepairFlow.move(order(IN_REPAIR), WAITING_PARTS, staff(Role.TEAM_LEAD), " "))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("reason:");
        assertThatThrownBy(() -> RepairFlow.move(order(QUALITY_CHECK), IN_REPAIR, staff(Role.INSPECTOR), null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RepairFlow.move(order(APPROVED), CANCELLED, staff(Role.ADVISOR), null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(RepairFlow.move(order(QUALITY_CHECK), IN_REPAIR, staff(Role.INSPECTOR), "怠速不稳").event())
                .isEqualTo(RepairEventType.QC_FAILED);
        assertThat(RepairFlow.move(order(WAITING_PARTS), IN_REPAIR, staff(Role.TEAM_LEAD), null).event())
                .isEqualTo(RepairEventType.REPAIR_RESUMED);
    }

    @Test
    void anOrderWaitingForOrderedPartsGoesBackByItselfAndIsCancelledOnlyBeforeTheWorkBegan() {
        Caller manager = staff(Role.MANAGER);
        RepairOrder beforeDispatch = order(WAITING_PARTS);
        beforeDispatch.waitingFrom = APPROVED;
        assertThat(RepairFlow.next(beforeDispatch, manager)).containsExactly(CANCELLED);
        assertThatThrownBy(() -> RepairFlow.move(beforeDispatch, IN_REPAIR, manager, null)).isInstanceOf(ConflictException.class);
        RepairOrder dispatched = order(WAITING_PARTS);
        dispatched.waitingFrom = DISPATCHED;
        assertThat(RepairFlow.next(dispatched, manager)).isEmpty();
        assertThatThrownBy(() -> RepairFlow.move(dispatched, CANCELLED, manager, "x")).isInstanceOf(ConflictException.class);
        RepairOrder duringRepair = order(WAITING_PARTS);
        duringRepair.waitingFrom = IN_REPAIR;
        assertThat(RepairFlow.next(duringRepair, manager)).containsExactly(IN_REPAIR);
    }

    private static RepairOrder order(RepairStatus status) {
        RepairOrder o = new RepairOrder();
        o.id = UUID.randomUUID();
        o.status = status;
        o.technicianId = ASSIGNED;
        return o;
    }

    private static Caller staff(Role role) {
        return new Caller(UUID.randomUUID().toString(), role, role.name(), Set.of());
    }
}

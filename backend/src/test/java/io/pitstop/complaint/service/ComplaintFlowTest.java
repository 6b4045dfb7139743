package io.pitstop.complaint.service;

import io.pitstop.common.ConflictException;
import io.pitstop.complaint.ComplaintAction;
import io.pitstop.complaint.ComplaintStatus;
import io.pitstop.complaint.persistence.Complaint;
import io.pitstop.complaint.service.ComplaintFlow.By;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The complaint's legal moves, without a server. */
class ComplaintFlowTest {

    private static Complaint in(ComplaintStatus status, boolean paused) {
        Complaint c = new Complaint();
        c.status = status;
        c.ownerId = UUID.randomUUID();
        c.pausedSince = paused ? Instant.parse("2026-11-24T02:00:00Z") : null;
        return c;
    }

    @Test
    void theShopWalksTheComplaintFromIntakeToTheCustomerOneStatusAtATime() {
        assertThat(ComplaintFlow.next(in(ComplaintStatus.NEW, false), By.SHOP))
                .containsExactly(ACKNOWLEDGE, NOTE, WAIT_FOR_CUSTOMER, REASSIGN, REPRIORITIZE);
        assertThat(ComplaintFlow.next(in(ComplaintStatus.ACKNOWLEDGED, false), By.SHOP))
                .containsExactly(INVESTIGATE, NOTE, WAIT_FOR_CUSTOMER, REASSIGN, REPRIORITIZE);
        assertThat(ComplaintFlow.next(in(ComplaintStatus.INVESTIGATING, false), By.SHOP))
                .containsExactly(PROPOSE_REMEDY, NOTE, WAIT_FOR_CUSTOMER, REASSIGN, REPRIORITIZE);
        // A better remedy may replace the one proposed, until the customer is told.
        assertThat(ComplaintFlow.next(in(ComplaintStatus.REMEDY_PROPOSED, false), By.SHOP))
                .containsExactly(INFORM_CUSTOMER, PROPOSE_REMEDY, NOTE, WAIT_FOR_CUSTOMER, REASSIGN, REPRIORITIZE);
        assertThat(ComplaintFlow.next(in(ComplaintStatus.REOPENED, false), By.SHOP))
                .containsExactly(INVESTIGATE, NOTE, WAIT_FOR_CUSTOMER, REASSIGN, REPRIORITIZE);
    }

    @Test
    void aPausedClockCanBeResumedButNotPausedAgain() {
        assertThat(ComplaintFlow.next(in(ComplaintStatus.INVESTIGATING, true), By.SHOP))
                .containsExactly(PROPOSE_REMEDY, NOTE, RESUME, REASSIGN, REPRIORITIZE);
        assertThatThrownBy(() -> ComplaintFlow.move(in(ComplaintStatus.INVESTIGATING, true), WAIT_FOR_CUSTOMER))
                .isInstanceOf(ConflictException.class).hasMessageContaining("waiting for the customer");
        assertThatThrownBy(() -> ComplaintFlow.move(in(ComplaintStatus.INVESTIGATING, false), RESUME))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void onceTheCustomerIsToldOnlyTheyAnswerAndTheShopMayOnlyAddNotes() {
        Complaint informed = in(ComplaintStatus.CUSTOMER_INFORMED, true);
        assertThat(ComplaintFlow.next(informed, By.SHOP)).containsExactly(NOTE);
        assertThat(ComplaintFlow.next(informed, By.CUSTOMER)).containsExactly(CONFIRMED, REJECTED);
        for (ComplaintStatus other : Set.of(ComplaintStatus.NEW, ComplaintStatus.INVESTIGATING, ComplaintStatus.REMEDY_PROPOSED,
                ComplaintStatus.REOPENED, ComplaintStatus.CLOSED)) {
            assertThat(ComplaintFlow.next(in(other, false), By.CUSTOMER)).as(other.name()).isEmpty();
        }
    }

    @Test
    void aClosedComplaintTakesNoStepAtAll() {
        Complaint closed = in(ComplaintStatus.CLOSED, false);
        assertThat(ComplaintFlow.next(closed, By.SHOP)).isEmpty();
        assertThatThrownBy(() -> ComplaintFlow.move(closed, NOTE)).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).type()).isEqualTo("illegal-step"));
    }

    @Test
    void eachStepLeadsToItsStatusAndTheOthersKeepIt() {
        assertThat(after(ComplaintStatus.NEW, ACKNOWLEDGE)).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
        assertThat(after(ComplaintStatus.ACKNOWLEDGED, INVESTIGATE)).isEqualTo(ComplaintStatus.INVESTIGATING);
        assertThat(after(ComplaintStatus.INVESTIGATING, PROPOSE_REMEDY)).isEqualTo(ComplaintStatus.REMEDY_PROPOSED);
        assertThat(after(ComplaintStatus.REMEDY_PROPOSED, PROPOSE_REMEDY)).isEqualTo(ComplaintStatus.REMEDY_PROPOSED);
        assertThat(after(ComplaintStatus.REMEDY_PROPOSED, INFORM_CUSTOMER)).isEqualTo(ComplaintStatus.CUSTOMER_INFORMED);
        assertThat(after(ComplaintStatus.CUSTOMER_INFORMED, CONFIRMED)).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(after(ComplaintStatus.CUSTOMER_INFORMED, REJECTED)).isEqualTo(ComplaintStatus.REOPENED);
        assertThat(after(ComplaintStatus.REOPENED, INVESTIGATE)).isEqualTo(ComplaintStatus.INVESTIGATING);
        assertThat(after(ComplaintStatus.INVESTIGATING, NOTE)).isEqualTo(ComplaintStatus.INVESTIGATING);
        assertThat(after(ComplaintStatus.ACKNOWLEDGED, REASSIGN)).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
    }

    @Test
    void skippingAStepIsAConflictAndSoIsAnAnswerWithoutARemedy() {
        assertThatThrownBy(() -> ComplaintFlow.move(in(ComplaintStatus.NEW, false), PROPOSE_REMEDY))
                .isInstanceOf(ConflictException.class).hasMessage("Cannot propose a remedy for a complaint that is new.");
        assertThatThrownBy(() -> ComplaintFlow.move(in(ComplaintStatus.NEW, false), INFORM_CUSTOMER)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ComplaintFlow.move(in(ComplaintStatus.INVESTIGATING, false), CONFIRMED))
                .isInstanceOf(ConflictException.class).hasMessageContaining("There is no remedy to confirm");
    }

    @Test
    void onlyTheShopsStepsArePostedTheOthersAreRecorded() {
        assertThat(ComplaintFlow.postedByShop(ACKNOWLEDGE)).isTrue();
        assertThat(ComplaintFlow.postedByShop(REPRIORITIZE)).isTrue();
        for (ComplaintAction recorded : Set.of(ComplaintAction.FILED, ComplaintAction.ESCALATED, CONFIRMED, REJECTED)) {
            assertThat(ComplaintFlow.postedByShop(recorded)).as(recorded.name()).isFalse();
        }
    }

    @Test
    void theOwnerTheRemedysOwnerCustomerServiceAndManagersHandleItAndNoOtherStaff() {
        Complaint c = in(ComplaintStatus.INVESTIGATING, false);
        c.remedyOwnerId = UUID.randomUUID();
        assertThat(ComplaintFlow.mayHandle(caller(Role.ADVISOR, c.ownerId), c)).isTrue();
        assertThat(ComplaintFlow.mayHandle(caller(Role.TECHNICIAN, c.remedyOwnerId), c)).isTrue();
        assertThat(ComplaintFlow.mayHandle(caller(Role.CUSTOMER_SERVICE, UUID.randomUUID()), c)).isTrue();
        assertThat(ComplaintFlow.mayHandle(caller(Role.MANAGER, UUID.randomUUID()), c)).isTrue();
        assertThat(ComplaintFlow.mayHandle(caller(Role.TECHNICIAN, UUID.randomUUID()), c)).isFalse();
        assertThat(ComplaintFlow.mayHandle(caller(Role.ADVISOR, UUID.randomUUID()), c)).isFalse();
    }

    private static ComplaintStatus after(ComplaintStatus from, ComplaintAction action) {
        Complaint c = in(from, from == ComplaintStatus.CUSTOMER_INFORMED);
        ComplaintFlow.move(c, action).takeOn(c);
        return c.status;
    }

    private static Caller caller(Role role, UUID id) {
        return new Caller(id.toString(), role, "某人", Set.of());
    }
}

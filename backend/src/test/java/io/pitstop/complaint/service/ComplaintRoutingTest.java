package io.pitstop.complaint.service;

import io.pitstop.common.Language;
import io.pitstop.complaint.ComplaintCategory;
import io.pitstop.complaint.ComplaintPriority;
import io.pitstop.complaint.ComplaintRoutingReason;
import io.pitstop.complaint.ComplaintTeam;
import io.pitstop.identity.Person;
import io.pitstop.identity.Role;
import io.pitstop.repair.RepairOrderRef;
import io.pitstop.repair.RepairStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Category -> team -> named owner, and the suggested priority, without a server. */
class ComplaintRoutingTest {

    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    private static Person person(Role role, String phone, boolean active) {
        return new Person(UUID.randomUUID(), role + " " + phone, phone, role, active, Language.ZH_CN);
    }

    private static RepairOrderRef order(boolean safetyCritical, Instant deliveredAt, UUID advisorId) {
        return new RepairOrderRef(UUID.randomUUID(), "RO-TEST01", null, UUID.randomUUID(), UUID.randomUUID(), advisorId, null,
                RepairStatus.DELIVERED, safetyCritical, NOW.minus(Duration.ofDays(40)), null, deliveredAt);
    }

    @Test
    void eachCategoryGoesToTheTeamResponsibleForIt() {
        assertThat(ComplaintRouting.teamFor(ComplaintCategory.TECHNICAL)).isEqualTo(ComplaintTeam.TECHNICAL_SUPPORT);
        assertThat(ComplaintRouting.teamFor(ComplaintCategory.DELIVERY_TIME)).isEqualTo(ComplaintTeam.ORDER_ADVISOR);
        assertThat(ComplaintRouting.teamFor(ComplaintCategory.ATTITUDE)).isEqualTo(ComplaintTeam.CUSTOMER_RELATIONS);
        assertThat(ComplaintRouting.teamFor(ComplaintCategory.PRICE)).isEqualTo(ComplaintTeam.CUSTOMER_RELATIONS);
        assertThat(ComplaintRouting.teamFor(ComplaintCategory.PROCESS)).isEqualTo(ComplaintTeam.CUSTOMER_RELATIONS);
        assertThat(ComplaintRouting.roleOf(ComplaintTeam.TECHNICAL_SUPPORT)).isEqualTo(Role.TEAM_LEAD);
        assertThat(ComplaintRouting.roleOf(ComplaintTeam.CUSTOMER_RELATIONS)).isEqualTo(Role.CUSTOMER_SERVICE);
        assertThat(ComplaintRouting.roleOf(ComplaintTeam.ORDER_ADVISOR)).isEqualTo(Role.ADVISOR);
    }

    @Test
    void aSafetyCriticalJobOrATechnicalFaultBackWithin30DaysIsUrgent() {
        RepairOrderRef recent = order(false, NOW.minus(Duration.ofDays(29)), null);
        RepairOrderRef old = order(false, NOW.minus(Duration.ofDays(31)), null);
        RepairOrderRef safety = order(true, NOW.minus(Duration.ofDays(90)), null);
        assertThat(ComplaintRouting.suggestedPriority(ComplaintCategory.TECHNICAL, recent, NOW)).isEqualTo(ComplaintPriority.HIGH);
        assertThat(ComplaintRouting.suggestedPriority(ComplaintCategory.TECHNICAL, old, NOW)).isEqualTo(ComplaintPriority.MEDIUM);
        assertThat(ComplaintRouting.suggestedPriority(ComplaintCategory.TECHNICAL, null, NOW)).isEqualTo(ComplaintPriority.MEDIUM);
        assertThat(ComplaintRouting.suggestedPriority(ComplaintCategory.PROCESS, safety, NOW)).isEqualTo(ComplaintPriority.HIGH);
        assertThat(ComplaintRouting.suggestedPriority(ComplaintCategory.ATTITUDE, recent, NOW)).isEqualTo(ComplaintPriority.MEDIUM);
        assertThat(ComplaintRouting.suggestedPriority(ComplaintCategory.DELIVERY_TIME, null, NOW)).isEqualTo(ComplaintPriority.MEDIUM);
        assertThat(ComplaintRouting.suggestedPriority(ComplaintCategory.PRICE, null, NOW)).isEqualTo(ComplaintPriority.MEDIUM);
        assertThat(ComplaintRouting.suggestedPriority(ComplaintCategory.PROCESS, null, NOW)).isEqualTo(ComplaintPriority.LOW);
    }

    private static java.util.Optional<Person> owner(ComplaintTeam team, Person advisor, UUID subject, List<Person> members,
                                                    List<Person> managers, Map<UUID, Long> load) {
        return ComplaintRouting.owner(team, advisor, subject, members, managers, load).map(ComplaintRouting.Routed::owner);
    }

    @Test
    void aComplaintAboutSomeoneGoesToAnotherMemberOfTheTeamOrAManagerNeverToThem() {
        Person advisor = person(Role.ADVISOR, "13900000009", true);
        Person other = person(Role.ADVISOR, "13900000001", true);
        Person manager = person(Role.MANAGER, "13900000000", true);
        RepairOrderRef order = order(false, NOW, advisor.id());
        // A delivery-time or attitude complaint on an order is about its advisor; a technical one about nobody.
        assertThat(ComplaintRouting.subjectOf(ComplaintCategory.DELIVERY_TIME, order)).isEqualTo(advisor.id());
        assertThat(ComplaintRouting.subjectOf(ComplaintCategory.ATTITUDE, order)).isEqualTo(advisor.id());
        assertThat(ComplaintRouting.subjectOf(ComplaintCategory.TECHNICAL, order)).isNull();
        assertThat(ComplaintRouting.subjectOf(ComplaintCategory.ATTITUDE, null)).isNull();
        // Delivery time about the order's advisor: another advisor, or a manager when there is none.
        var routed = ComplaintRouting.owner(ComplaintTeam.ORDER_ADVISOR, advisor, advisor.id(), List.of(advisor, other), List.of(manager), Map.of());
        assertThat(routed).map(ComplaintRouting.Routed::owner).contains(other);
        assertThat(routed).map(ComplaintRouting.Routed::reason).contains(ComplaintRoutingReason.AWAY_FROM_SUBJECT);
        assertThat(owner(ComplaintTeam.ORDER_ADVISOR, advisor, advisor.id(), List.of(advisor), List.of(manager), Map.of())).contains(manager);
        // Attitude about a customer service agent: another agent, even the busier one; the only agent: a manager.
        Person agent = person(Role.CUSTOMER_SERVICE, "13900000003", true);
        Person busy = person(Role.CUSTOMER_SERVICE, "13900000004", true);
        assertThat(owner(ComplaintTeam.CUSTOMER_RELATIONS, null, agent.id(), List.of(agent, busy), List.of(manager), Map.of(busy.id(), 9L)))
                .contains(busy);
        assertThat(owner(ComplaintTeam.CUSTOMER_RELATIONS, null, agent.id(), List.of(agent), List.of(manager), Map.of())).contains(manager);
        // About the only manager of a team with nobody: nobody can own it.
        assertThat(owner(ComplaintTeam.TECHNICAL_SUPPORT, null, manager.id(), List.of(), List.of(manager), Map.of())).isEmpty();
        // About someone who would not have had it anyway: the usual routing.
        assertThat(ComplaintRouting.owner(ComplaintTeam.CUSTOMER_RELATIONS, null, advisor.id(), List.of(agent), List.of(manager), Map.of()))
                .map(ComplaintRouting.Routed::reason).contains(ComplaintRoutingReason.TEAM_MEMBER);
    }

    @Test
    void aDeliveryTimeComplaintIsOwnedByTheOrdersAdvisorWhileTheyWorkHere() {
        Person advisor = person(Role.ADVISOR, "13900000009", true);
        Person other = person(Role.ADVISOR, "13900000001", true);
        assertThat(owner(ComplaintTeam.ORDER_ADVISOR, advisor, null, List.of(other), List.of(), Map.of())).contains(advisor);
        Person gone = person(Role.ADVISOR, "13900000009", false);
        assertThat(owner(ComplaintTeam.ORDER_ADVISOR, gone, null, List.of(other), List.of(), Map.of())).contains(other);
        // Only the order advisor's team names one person; the others always go to the least loaded.
        assertThat(owner(ComplaintTeam.CUSTOMER_RELATIONS, advisor, null, List.of(other), List.of(), Map.of())).contains(other);
    }

    @Test
    void otherwiseTheLeastLoadedOfTheTeamTiesByPhoneAndAManagerWhenTheTeamHasNobody() {
        Person busy = person(Role.CUSTOMER_SERVICE, "13900000001", true);
        Person free = person(Role.CUSTOMER_SERVICE, "13900000003", true);
        Person alsoFree = person(Role.CUSTOMER_SERVICE, "13900000002", true);
        Person manager = person(Role.MANAGER, "13900000000", true);
        Map<UUID, Long> load = Map.of(busy.id(), 3L, free.id(), 0L);
        assertThat(owner(ComplaintTeam.CUSTOMER_RELATIONS, null, null, List.of(busy, free), List.of(manager), load)).contains(free);
        assertThat(owner(ComplaintTeam.CUSTOMER_RELATIONS, null, null, List.of(busy, free, alsoFree), List.of(manager), load))
                .contains(alsoFree);
        assertThat(owner(ComplaintTeam.TECHNICAL_SUPPORT, null, null, List.of(), List.of(manager), load)).contains(manager);
        assertThat(owner(ComplaintTeam.TECHNICAL_SUPPORT, null, null, List.of(), List.of(), load)).isEmpty();
    }
}

package io.pitstop.complaint.service;

import io.pitstop.common.LeastLoaded;
import io.pitstop.complaint.ComplaintCategory;
import io.pitstop.complaint.ComplaintPriority;
import io.pitstop.complaint.ComplaintTeam;
import io.pitstop.identity.Person;
import io.pitstop.identity.Role;
import io.pitstop.repair.RepairOrderRef;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a complaint goes, as pure rules: its suggested priority, the team responsible for its category, and the named
 * owner within that team (the domain's "responsibility by category", with a named owner at every step).
 */
public final class ComplaintRouting {

    /** A technical fault that comes back this soon after delivery is urgent. */
    static final Duration RECENT_DELIVERY = Duration.ofDays(30);

    private ComplaintRouting() {
    }

    /** Suggested from the category and the order: a safety-critical job or a fault back within 30 days is urgent. */
    public static ComplaintPriority suggestedPriority(ComplaintCategory category, RepairOrderRef order, Instant now) {
        if (order != null && order.safetyCritical()) {
            return ComplaintPriority.HIGH;
        }
        return switch (category) {
            case TECHNICAL -> order != null && order.deliveredAt() != null && order.deliveredAt().isAfter(now.minus(RECENT_DELIVERY))
                    ? ComplaintPriority.HIGH : ComplaintPriority.MEDIUM;
            case ATTITUDE, DELIVERY_TIME, PRICE -> ComplaintPriority.MEDIUM;
            case PROCESS -> ComplaintPriority.LOW;
        };
    }

    /** Technical -> technical support, delivery time -> the order's advisor, the rest -> customer relations. */
    public static ComplaintTeam teamFor(ComplaintCategory category) {
        return switch (category) {
            case TECHNICAL -> ComplaintTeam.TECHNICAL_SUPPORT;
            case DELIVERY_TIME -> ComplaintTeam.ORDER_ADVISOR;
            case ATTITUDE, PRICE, PROCESS -> ComplaintTeam.CUSTOMER_RELATIONS;
        };
    }

    /** Who makes up the team. */
    public static Role roleOf(ComplaintTeam team) {
        return switch (team) {
            case TECHNICAL_SUPPORT -> Role.TEAM_LEAD;
            case CUSTOMER_RELATIONS -> Role.CUSTOMER_SERVICE;
            case ORDER_ADVISOR -> Role.ADVISOR;
        };
    }

    /**
     * The named owner: the order's advisor when the team is theirs and they still work here; otherwise the member of
     * the team with the fewest open complaints, or a manager when the team has nobody. Empty when the shop has nobody.
     */
    public static Optional<Person> owner(ComplaintTeam team, Person orderAdvisor, List<Person> members, List<Person> managers,
                                         Map<UUID, Long> openComplaints) {
        if (team == ComplaintTeam.ORDER_ADVISOR && orderAdvisor != null && orderAdvisor.active()) {
            return Optional.of(orderAdvisor);
        }
        List<Person> candidates = members.isEmpty() ? managers : members;
        return LeastLoaded.pick(candidates, Person::id, openComplaints, Comparator.comparing(Person::phone));
    }
}

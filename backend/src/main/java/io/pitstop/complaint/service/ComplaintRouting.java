package io.pitstop.complaint.service;

import io.pitstop.common.LeastLoaded;
import io.pitstop.complaint.ComplaintCategory;
import io.pitstop.complaint.ComplaintPriority;
import io.pitstop.complaint.ComplaintRoutingReason;
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
import java.util.function.Predicate;

/**
 * Where a complaint goes, as pure rules: its suggested priority, the team responsible for its category, and the named
 * owner within that team (the domain's "responsibility by category", with a named owner at every step), who is never
 * the person the complaint is about.
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

    /** Whom a complaint is about when staff name nobody: an attitude or delivery-time complaint on an order is about its advisor. */
    public static UUID subjectOf(ComplaintCategory category, RepairOrderRef order) {
        return order != null && (category == ComplaintCategory.ATTITUDE || category == ComplaintCategory.DELIVERY_TIME)
                ? order.advisorId() : null;
    }

    /** The owner chosen and why. */
    public record Routed(Person owner, ComplaintRoutingReason reason) {
    }

    /**
     * The named owner, never the person the complaint is about ({@code subjectId}, may be null): the order's advisor
     * when the team is theirs and they still work here; otherwise the member of the team with the fewest open
     * complaints, or a manager when the team has nobody else. When the subject is the one who would have had it, the
     * reason says it went away from them. Empty when the shop has nobody.
     */
    public static Optional<Routed> owner(ComplaintTeam team, Person orderAdvisor, UUID subjectId, List<Person> members,
                                         List<Person> managers, Map<UUID, Long> openComplaints) {
        Predicate<Person> notSubject = p -> subjectId == null || !p.id().equals(subjectId);
        boolean advisorsOwn = team == ComplaintTeam.ORDER_ADVISOR && orderAdvisor != null && orderAdvisor.active();
        if (advisorsOwn && notSubject.test(orderAdvisor)) {
            return Optional.of(new Routed(orderAdvisor, ComplaintRoutingReason.ORDER_ADVISOR));
        }
        List<Person> others = members.stream().filter(notSubject).toList();
        boolean skipped = subjectId != null && (advisorsOwn
                || (members.isEmpty() ? managers : members).stream().anyMatch(notSubject.negate()));
        List<Person> candidates = others.isEmpty() ? managers.stream().filter(notSubject).toList() : others;
        ComplaintRoutingReason reason = skipped ? ComplaintRoutingReason.AWAY_FROM_SUBJECT
                : others.isEmpty() ? ComplaintRoutingReason.MANAGER : ComplaintRoutingReason.TEAM_MEMBER;
        return LeastLoaded.pick(candidates, Person::id, openComplaints, Comparator.comparing(Person::phone))
                .map(p -> new Routed(p, reason));
    }
}

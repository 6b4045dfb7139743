package io.pitstop.complaint.service;

import io.pitstop.common.Sequential;
import io.pitstop.common.Times;
import io.pitstop.complaint.ComplaintAction;
import io.pitstop.complaint.ComplaintPriority;
import io.pitstop.complaint.persistence.Complaint;
import io.pitstop.identity.Person;
import io.pitstop.identity.Role;
import io.pitstop.identity.service.People;
import io.pitstop.notify.NotificationKind;
import io.pitstop.notify.Notifier;
import io.pitstop.notify.Notifier.About;
import io.pitstop.notify.Notifier.Recipient;
import io.pitstop.shop.ShopService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who hears what of a complaint, in their own language (texts in the complaint bundles, limits from
 * {@link ComplaintRules}): the customer its number and when they will hear back, and the steps that concern them; the
 * owner that it is theirs; the managers of urgent ones, of rejected remedies and of deadlines at risk.
 */
@ApplicationScoped
public class ComplaintNotices {

    /** The steps the customer hears of. */
    private static final Set<ComplaintAction> TOLD_TO_CUSTOMER = EnumSet.of(ComplaintAction.ACKNOWLEDGE, ComplaintAction.PROPOSE_REMEDY,
            ComplaintAction.INFORM_CUSTOMER);

    private final Notifier notifier;
    private final People people;
    private final ComplaintRules rules;
    private final ShopService shop;

    public ComplaintNotices(Notifier notifier, People people, ComplaintRules rules, ShopService shop) {
        this.notifier = notifier;
        this.people = people;
        this.rules = rules;
        this.shop = shop;
    }

    /** The customer gets the number and the answer's limit, the owner the case (by SMS); managers hear of urgent ones. */
    public Uni<Void> filed(Complaint c, Person customer, Person owner) {
        return shop.zone().chain(zone -> {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("number", c.number);
            p.put("category", c.category.name());
            p.put("priority", c.priority.name());
            p.put("answerDueAt", Times.at(c.answerDueAt, zone).toString());
            p.put("customerName", customer.name());
            String answerWithin = rules.answerWithin(c.priority).toString();
            Map<String, String> toManagers = with(p, "ownerName", owner.name());
            Uni<Void> told = notifier.send(bySms(customer), NotificationKind.COMPLAINT_FILED, with(p, "answerWithin", answerWithin), about(c))
                    .chain(() -> notifier.send(bySms(owner), NotificationKind.COMPLAINT_ASSIGNED,
                            with(toManagers, "answerWithin", answerWithin), about(c)));
            if (c.priority != ComplaintPriority.HIGH) {
                return told;
            }
            return told.chain(() -> people.activeWith(Role.MANAGER)).chain(managers -> Sequential.each(others(managers, owner.id()),
                    m -> notifier.send(Recipient.inAppOnly(m.id()), NotificationKind.COMPLAINT_ASSIGNED, toManagers, about(c))));
        });
    }

    /** The customer hears that someone handles it (SMS), of the remedy proposed (inbox), and that it was handled (SMS). */
    public Uni<Void> stepTaken(Complaint c, ComplaintAction action) {
        if (!TOLD_TO_CUSTOMER.contains(action)) {
            return Uni.createFrom().voidItem();
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("number", c.number);
        p.put("action", action.name());
        p.put("status", c.status.name());
        if (action == ComplaintAction.PROPOSE_REMEDY) {
            p.put("remedy", c.remedyDetail);
        }
        return people.find(c.customerId).chain(customer -> notifier.send(action == ComplaintAction.PROPOSE_REMEDY
                ? Recipient.inAppOnly(customer.id()) : bySms(customer), NotificationKind.COMPLAINT_STEP, p, about(c)));
    }

    /** The new owner hears it is theirs now. */
    public Uni<Void> reassigned(Complaint c, Person owner) {
        return notifier.send(bySms(owner), NotificationKind.COMPLAINT_ASSIGNED, Map.of("number", c.number, "ownerName", owner.name()), about(c));
    }

    /** The customer complained again on the same order: the owner hears that it was added to their complaint. */
    public Uni<Void> added(Complaint c) {
        return notifier.send(Recipient.inAppOnly(c.ownerId), NotificationKind.COMPLAINT_ADDED, Map.of("number", c.number), about(c));
    }

    /** The customer's answer to the remedy: the owner hears it; when rejected, the managers too. */
    public Uni<Void> answered(Complaint c, boolean accepted) {
        NotificationKind kind = accepted ? NotificationKind.COMPLAINT_CLOSED : NotificationKind.COMPLAINT_REOPENED;
        Map<String, String> p = Map.of("number", c.number);
        Uni<Void> owner = notifier.send(Recipient.inAppOnly(c.ownerId), kind, p, about(c));
        if (accepted) {
            return owner;
        }
        return owner.chain(() -> people.activeWith(Role.MANAGER)).chain(managers -> Sequential.each(others(managers, c.ownerId),
                m -> notifier.send(Recipient.inAppOnly(m.id()), kind, p, about(c))));
    }

    /** A deadline at risk or missed: the owner (inbox) and the managers (by SMS once it is missed). */
    public Uni<Void> escalated(Complaint c, NotificationKind kind, boolean warning, List<Person> managers) {
        Map<String, String> p = Map.of("number", c.number, "priority", c.priority.name());
        return notifier.send(Recipient.inAppOnly(c.ownerId), kind, p, about(c))
                .chain(() -> Sequential.each(others(managers, c.ownerId),
                        m -> notifier.send(warning ? Recipient.inAppOnly(m.id()) : bySms(m), kind, p, about(c))));
    }

    /** The managers who are not the owner (who hears it once). */
    private static List<Person> others(List<Person> managers, UUID ownerId) {
        return managers.stream().filter(m -> !m.id().equals(ownerId)).toList();
    }

    private static Map<String, String> with(Map<String, String> params, String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(params);
        more.put(name, value);
        return more;
    }

    private static Recipient bySms(Person p) {
        return new Recipient(p.id(), p.phone(), p.language());
    }

    private static About about(Complaint c) {
        return About.complaint(c.orderId, c.id);
    }
}

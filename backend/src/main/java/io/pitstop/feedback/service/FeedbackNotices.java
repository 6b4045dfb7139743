package io.pitstop.feedback.service;

import io.pitstop.common.Sequential;
import io.pitstop.common.Times;
import io.pitstop.feedback.persistence.FollowUpCall;
import io.pitstop.feedback.persistence.Rating;
import io.pitstop.identity.Person;
import io.pitstop.identity.Role;
import io.pitstop.identity.service.People;
import io.pitstop.notify.NotificationKind;
import io.pitstop.notify.Notifier;
import io.pitstop.notify.Notifier.About;
import io.pitstop.notify.Notifier.Recipient;
import io.pitstop.repair.RepairOrderRef;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who hears what after delivery, in their own language (texts in the feedback bundles, limits from
 * {@link FollowUpRules}): customer service of a low rating at once, an agent of a call to make, the owner of a problem
 * raised in a call and, when it is late, the managers.
 */
@ApplicationScoped
public class FeedbackNotices {

    private final Notifier notifier;
    private final People people;
    private final FollowUpRules rules;

    public FeedbackNotices(Notifier notifier, People people, FollowUpRules rules) {
        this.notifier = notifier;
        this.people = people;
        this.rules = rules;
    }

    /** Customer service hears of a low rating at once, by SMS too: the owner is unhappy now. Managers read it in the inbox. */
    public Uni<Void> lowRating(RepairOrderRef o, Rating r) {
        return people.find(o.customerId()).chain(customer -> people.activeWith(Role.CUSTOMER_SERVICE, Role.MANAGER).chain(staff -> {
            Map<String, String> p = Map.of("reference", o.reference(), "customerName", customer.name(), "overall", Short.toString(r.overall),
                    "score", r.score.toPlainString());
            return Sequential.each(staff, a -> notifier.send(a.role() == Role.CUSTOMER_SERVICE ? bySms(a) : Recipient.inAppOnly(a.id()),
                    NotificationKind.RATING_LOW, p, about(o)));
        }));
    }

    /** The agent has a call to make. */
    public Uni<Void> callDue(UUID assignee, RepairOrderRef o) {
        return notifier.send(Recipient.inAppOnly(assignee), NotificationKind.FOLLOW_UP_DUE,
                Map.of("reference", o.reference(), "delay", rules.delay().toString()), about(o));
    }

    /** The owner of a problem raised in a call gets it by SMS, with its working days. */
    public Uni<Void> problemReported(Person owner, RepairOrderRef o, FollowUpCall call, ZoneId zone) {
        return notifier.send(bySms(owner), NotificationKind.FOLLOW_UP_PROBLEM, Map.of("reference", o.reference(), "problem", call.problem,
                "dueAt", Times.at(call.problemDueAt, zone).toString(), "workingDays", Integer.toString(rules.problemWorkingDays())), about(o));
    }

    /** A problem past its working days: the managers and its owner hear of it (once: the caller marks it). */
    public Uni<Void> problemOverdue(FollowUpCall c, List<Person> managers) {
        Map<String, String> p = Map.of("problem", c.problem, "workingDays", Integer.toString(rules.problemWorkingDays()));
        About about = About.order(null, c.orderId);
        return Sequential.each(managers, m -> notifier.send(Recipient.inAppOnly(m.id()), NotificationKind.FOLLOW_UP_PROBLEM_OVERDUE, p, about))
                .chain(() -> notifier.send(Recipient.inAppOnly(c.problemOwnerId), NotificationKind.FOLLOW_UP_PROBLEM_OVERDUE, p, about));
    }

    /**
     * A call still not made after its due date (a week after delivery): the managers hear of it in the inbox, its
     * agent too (once: the caller marks it).
     */
    public Uni<Void> callOverdue(FollowUpCall c, RepairOrderRef o, Person assignee, List<Person> managers) {
        Map<String, String> p = Map.of("reference", o.reference(), "dueWithin", rules.dueWithin().toString(),
                "assigneeName", assignee == null ? "" : assignee.name());
        return Sequential.each(managers, m -> notifier.send(Recipient.inAppOnly(m.id()), NotificationKind.FOLLOW_UP_OVERDUE, p, about(o)))
                .chain(() -> managers.stream().anyMatch(m -> m.id().equals(c.assigneeId)) ? Uni.createFrom().voidItem()
                        : notifier.send(Recipient.inAppOnly(c.assigneeId), NotificationKind.FOLLOW_UP_OVERDUE, p, about(o)));
    }

    private static Recipient bySms(Person p) {
        return new Recipient(p.id(), p.phone(), p.language());
    }

    private static About about(RepairOrderRef o) {
        return About.order(o.appointmentId(), o.id());
    }
}

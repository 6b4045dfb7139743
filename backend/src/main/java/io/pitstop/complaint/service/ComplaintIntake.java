package io.pitstop.complaint.service;

import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.limits.RateLimiter;
import io.pitstop.complaint.ComplaintChannel;
import io.pitstop.complaint.ComplaintPriority;
import io.pitstop.complaint.ComplaintRequest;
import io.pitstop.complaint.ComplaintStatus;
import io.pitstop.complaint.ComplaintStepFacts;
import io.pitstop.complaint.ComplaintView;
import io.pitstop.complaint.persistence.Complaint;
import io.pitstop.complaint.service.ComplaintJournal.Actor;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Person;
import io.pitstop.identity.Role;
import io.pitstop.repair.RepairOrderRef;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Filing a complaint (投诉受理): the customer in the app, or staff for a customer named by phone, optionally about one
 * of the customer's repair orders. It gets a unique number, a suggested priority, the team responsible for its
 * category and a named owner who is never the person it is about, its two deadlines, and the customer is told the number
 * and when they will hear back. A second complaint on an order whose complaint is still open joins that one instead
 * ({@link ComplaintJoining}).
 */
@ApplicationScoped
public class ComplaintIntake {

    private final ComplaintParties parties;
    private final ComplaintJoining joining;
    private final ComplaintJournal journal;
    private final ComplaintNotices notices;
    private final ComplaintViews views;
    private final ComplaintRules rules;
    private final RateLimiter limiter;
    private final Clock clock;

    public ComplaintIntake(ComplaintParties parties, ComplaintJoining joining, ComplaintJournal journal, ComplaintNotices notices, ComplaintViews views,
                           ComplaintRules rules, RateLimiter limiter, Clock clock) {
        this.parties = parties;
        this.joining = joining;
        this.journal = journal;
        this.notices = notices;
        this.views = views;
        this.rules = rules;
        this.limiter = limiter;
        this.clock = clock;
    }

    /** The complaint the filing led to: a new one, or the one still open on the same order that it joined. */
    public record Filed(ComplaintView complaint, boolean joined) {
    }

    /**
     * A complaint from the app is counted per customer and per client address first: a customer can always complain,
     * but not flood customer service. Staff recording a call are not limited.
     */
    public Uni<Filed> file(Caller caller, ComplaintRequest req, String client) {
        if (caller.role() != Role.CUSTOMER) {
            return file(caller, req);
        }
        return limiter.hit(Detail.of("problem.throttled.complaints"),
                        new RateLimiter.Bucket("complaint|account|" + caller.subject(), rules.filedPerCustomer()),
                        new RateLimiter.Bucket("complaint|client|" + client, rules.filedPerClient()))
                .chain(() -> file(caller, req));
    }

    private Uni<Filed> file(Caller caller, ComplaintRequest req) {
        boolean staff = caller.role().isStaff();
        if (staff && (req.customerPhone() == null || req.customerPhone().isBlank())) {
            throw new InvalidInputException("customerPhone", Detail.of("problem.complaint.customer-phone-required"));
        }
        if (!staff && req.priority() != null) {
            throw new InvalidInputException("priority", Detail.of("problem.complaint.priority-set-by-shop"));
        }
        ComplaintChannel channel = !staff ? ComplaintChannel.APP : req.channel() == null ? ComplaintChannel.PHONE : req.channel();
        Instant now = clock.instant();
        return Panache.withTransaction(() -> parties.customer(caller, req.customerPhone()).chain(customer ->
                parties.order(customer, req.orderId()).chain(order -> parties.subject(caller, req.subjectId(), req.category(), order)
                        .chain(subject -> joining.openOn(order).chain(open -> open != null
                                ? joining.join(caller, open, req, channel, now).map(v -> new Filed(v, true))
                                : parties.owner(ComplaintRouting.teamFor(req.category()), order, subject == null ? null : subject.id())
                                .chain(routed -> {
                                    Person owner = routed.owner();
                                    Complaint c = filed(req, channel, customer.id(), order, owner.id(), caller.accountId(), now, rules);
                                    c.subjectId = subject == null ? null : subject.id();
                                    ComplaintStepFacts facts = ComplaintStepFacts.filed(channel, c.team, routed.reason(), owner.name(),
                                            subject == null ? null : subject.name());
                                    return journal.open(c, Actor.of(caller), facts)
                                            .chain(() -> notices.filed(c, customer, owner))
                                            .chain(() -> views.view(caller, c))
                                            .map(v -> new Filed(v, false));
                                }))))));
    }

    /**
     * The complaint as filed at {@code at}: routed to the owner's team by its category, its priority the one asked by staff
     * or else the suggested one, and its two clocks started.
     */
    public static Complaint filed(ComplaintRequest req, ComplaintChannel channel, UUID customerId, RepairOrderRef order, UUID ownerId,
                                  UUID filedBy, Instant at, ComplaintRules rules) {
        ComplaintPriority suggested = ComplaintRouting.suggestedPriority(req.category(), order, at);
        Complaint c = new Complaint();
        c.id = UUID.randomUUID();
        c.customerId = customerId;
        c.orderId = order == null ? null : order.id();
        c.channel = channel;
        c.category = req.category();
        c.priority = req.priority() != null ? req.priority() : suggested;
        c.suggestedPriority = suggested;
        c.team = ComplaintRouting.teamFor(req.category());
        c.ownerId = ownerId;
        c.status = ComplaintStatus.NEW;
        c.content = req.content().strip();
        c.tags = req.cleanTags().isEmpty() ? null : String.join("|", req.cleanTags());
        c.createdBy = filedBy;
        ComplaintDeadlines.start(c, at, rules.answerWithin(c.priority), rules.resolveWithin(c.priority));
        return c;
    }
}

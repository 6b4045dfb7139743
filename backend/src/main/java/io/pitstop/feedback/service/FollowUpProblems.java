package io.pitstop.feedback.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.NotFoundException;
import io.pitstop.feedback.CallStatus;
import io.pitstop.feedback.FollowUpCallView;
import io.pitstop.feedback.NotTheHandlerException;
import io.pitstop.feedback.ProblemResolutionRequest;
import io.pitstop.feedback.persistence.FollowUpCall;
import io.pitstop.feedback.persistence.FollowUpCallRepository;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Role;
import io.pitstop.identity.service.People;
import io.pitstop.repair.service.RepairLookup;
import io.pitstop.shop.ShopSchedule;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A problem the customer raised in a follow-up call: an owner (by default the order's advisor) and a number of working
 * days to solve it; solved by its owner, customer service or a manager.
 */
@ApplicationScoped
public class FollowUpProblems {

    private final FollowUpCallRepository calls;
    private final RepairLookup orders;
    private final People people;
    private final FeedbackNotices notices;
    private final FollowUpViews views;
    private final FollowUpRules rules;
    private final Clock clock;

    public FollowUpProblems(FollowUpCallRepository calls, RepairLookup orders, People people, FeedbackNotices notices, FollowUpViews views,
                            FollowUpRules rules, Clock clock) {
        this.calls = calls;
        this.orders = orders;
        this.people = people;
        this.notices = notices;
        this.views = views;
        this.rules = rules;
        this.clock = clock;
    }

    /** The problem goes to its owner, who hears of it by SMS with the day it is due. */
    Uni<Void> report(FollowUpCall call, String problem, UUID ownerId, LocalDate today, ShopSchedule schedule) {
        return orders.find(call.orderId).chain(order -> people.find(ownerId != null ? ownerId : order.advisorId()).chain(found -> {
            var owner = ActiveStaff.require(found, "problemOwnerId");
            call.status = CallStatus.PROBLEM;
            call.problem = problem.strip();
            call.problemOwnerId = owner.id();
            call.problemDueAt = FollowUpSchedule.problemDueAt(today, rules.problemWorkingDays(), schedule.closedDays(), schedule.zone());
            return notices.problemReported(owner, order, call, schedule.zone());
        }));
    }

    public Uni<FollowUpCallView> resolve(Caller caller, UUID id, ProblemResolutionRequest req) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> calls.findForUpdate(id).chain(call -> {
            if (call == null) {
                throw new NotFoundException("follow-up-call", id);
            }
            if (call.status != CallStatus.PROBLEM || call.problemResolvedAt != null) {
                throw new ConflictException("no-problem", Detail.of("problem.follow-up.no-problem"));
            }
            if (!caller.accountId().equals(call.problemOwnerId) && caller.role() != Role.MANAGER && caller.role() != Role.CUSTOMER_SERVICE) {
                throw new NotTheHandlerException(Detail.of("problem.follow-up.not-the-handler"));
            }
            call.problemResolvedAt = now;
            call.problemResolution = req.resolution().strip();
            call.status = CallStatus.DONE;
            call.completedAt = now;
            return views.view(call, now);
        }));
    }
}

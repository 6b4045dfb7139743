package io.pitstop.feedback.service;

import io.pitstop.common.Texts;
import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.NotFoundException;
import io.pitstop.feedback.CallOutcome;
import io.pitstop.feedback.CallOutcomeRequest;
import io.pitstop.feedback.CallStatus;
import io.pitstop.feedback.FollowUpCallView;
import io.pitstop.feedback.persistence.FollowUpAttempt;
import io.pitstop.feedback.persistence.FollowUpAttemptRepository;
import io.pitstop.feedback.persistence.FollowUpCall;
import io.pitstop.feedback.persistence.FollowUpCallRepository;
import io.pitstop.identity.Caller;
import io.pitstop.shop.ShopService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A follow-up call attempt and what it gave, kept and never changed: the customer reached (done), not reached (tried
 * again on another day, then unreachable after the last retry), or a problem reported (given to an owner).
 */
@ApplicationScoped
public class FollowUpCalling {

    private final FollowUpCallRepository calls;
    private final FollowUpAttemptRepository attempts;
    private final FollowUpProblems problems;
    private final FollowUpViews views;
    private final ShopService shop;
    private final FollowUpRules rules;
    private final Clock clock;

    public FollowUpCalling(FollowUpCallRepository calls, FollowUpAttemptRepository attempts, FollowUpProblems problems, FollowUpViews views,
                           ShopService shop, FollowUpRules rules, Clock clock) {
        this.calls = calls;
        this.attempts = attempts;
        this.problems = problems;
        this.views = views;
        this.shop = shop;
        this.rules = rules;
        this.clock = clock;
    }

    public Uni<FollowUpCallView> outcome(Caller caller, UUID id, CallOutcomeRequest req) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> shop.schedule().chain(schedule -> calls.findForUpdate(id).chain(call -> {
            LocalDate today = now.atZone(schedule.zone()).toLocalDate();
            callable(call, id, today);
            if (req.outcome() == CallOutcome.PROBLEM && (req.problem() == null || req.problem().isBlank())) {
                throw new InvalidInputException("problem", Detail.of("problem.follow-up.problem-required"));
            }
            FollowUpAttempt attempt = attempt(call, caller, req, now);
            Uni<Void> after = switch (req.outcome()) {
                case REACHED -> {
                    call.status = CallStatus.DONE;
                    call.completedAt = now;
                    yield Uni.createFrom().voidItem();
                }
                case NOT_REACHED -> {
                    if (FollowUpSchedule.unreachable(call.attempts, rules.retries())) {
                        call.status = CallStatus.UNREACHABLE;
                        call.completedAt = now;
                    } else {
                        call.nextAttemptOn = FollowUpSchedule.nextAttempt(today, schedule.workClock());
                    }
                    yield Uni.createFrom().voidItem();
                }
                case PROBLEM -> problems.report(call, req.problem(), req.problemOwnerId(), today, schedule);
            };
            return after.chain(() -> attempts.persist(attempt)).chain(() -> views.view(call, now));
        })));
    }

    /** An open call, not already tried today. */
    private static void callable(FollowUpCall call, UUID id, LocalDate today) {
        if (call == null) {
            throw new NotFoundException("follow-up-call", id);
        }
        if (call.status != CallStatus.OPEN) {
            throw new ConflictException("call-closed", Detail.of("problem.follow-up.call-closed", Map.of("callStatus", call.status.name())));
        }
        if (today.isBefore(call.nextAttemptOn)) {
            throw new ConflictException("retry-later", Detail.of("problem.follow-up.retry-later", Map.of("next", call.nextAttemptOn.toString())));
        }
    }

    /** The attempt as kept in the call's log; the call counts it and keeps the latest notes and satisfaction. */
    private static FollowUpAttempt attempt(FollowUpCall call, Caller caller, CallOutcomeRequest req, Instant now) {
        FollowUpAttempt attempt = new FollowUpAttempt();
        attempt.callId = call.id;
        attempt.at = now;
        attempt.byId = caller.accountId();
        attempt.byName = caller.name();
        attempt.outcome = req.outcome();
        attempt.notes = Texts.optional(req.notes());
        call.attempts += 1;
        if (attempt.notes != null) {
            call.notes = attempt.notes;
        }
        if (req.satisfaction() != null) {
            call.satisfaction = req.satisfaction().shortValue();
        }
        return attempt;
    }
}

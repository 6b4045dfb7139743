package io.pitstop.complaint.service;

import io.pitstop.common.Texts;
import io.pitstop.complaint.ComplaintAction;
import io.pitstop.complaint.ComplaintStatus;
import io.pitstop.complaint.ComplaintStepFacts;
import io.pitstop.complaint.ComplaintView;
import io.pitstop.complaint.ConfirmationRequest;
import io.pitstop.complaint.persistence.Complaint;
import io.pitstop.complaint.service.ComplaintJournal.Actor;
import io.pitstop.identity.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The customer confirms the remedy (closed, with how satisfied they are) or does not (reopened: the resolution is
 * undone and the resolve clock starts over, watched again by its alarms). The owner hears either way; the managers hear of a rejection.
 */
@ApplicationScoped
public class ComplaintConfirmation {

    private final ComplaintViews views;
    private final ComplaintJournal journal;
    private final ComplaintNotices notices;
    private final ComplaintRules rules;
    private final Clock clock;

    public ComplaintConfirmation(ComplaintViews views, ComplaintJournal journal, ComplaintNotices notices, ComplaintRules rules, Clock clock) {
        this.views = views;
        this.journal = journal;
        this.notices = notices;
        this.rules = rules;
        this.clock = clock;
    }

    public Uni<ComplaintView> confirm(Caller caller, UUID id, ConfirmationRequest req) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> views.visible(caller, id, true).chain(c -> {
            ComplaintStatus from = c.status;
            answer(c, req.accepted(), req.satisfaction(), rules.resolveWithin(c.priority), now);
            ComplaintAction action = req.accepted() ? ComplaintAction.CONFIRMED : ComplaintAction.REJECTED;
            return journal.record(c, Actor.of(caller), action, from, Texts.optional(req.comment()), List.of(),
                            req.accepted() ? ComplaintStepFacts.rated(req.satisfaction()) : null, now)
                    .chain(() -> notices.answered(c, req.accepted()))
                    .chain(() -> views.view(caller, c));
        }));
    }

    /**
     * The customer's answer, as of {@code at}: closed (with how satisfied they are), or reopened with the resolve clock
     * started over ({@code resolveWithin} from now).
     */
    public static void answer(Complaint c, boolean accepted, Integer satisfaction, Duration resolveWithin, Instant at) {
        ComplaintFlow.Move move = ComplaintFlow.move(c, accepted ? ComplaintAction.CONFIRMED : ComplaintAction.REJECTED);
        if (accepted) {
            ComplaintDeadlines.resume(c, at);
            c.closedAt = at;
            c.satisfaction = satisfaction == null ? null : satisfaction.shortValue();
        } else {
            ComplaintDeadlines.reopened(c, at, resolveWithin);
        }
        move.takeOn(c);
    }
}

package io.pitstop.complaint.service;

import io.pitstop.common.Texts;
import io.pitstop.complaint.ComplaintAction;
import io.pitstop.complaint.ComplaintStatus;
import io.pitstop.complaint.ComplaintView;
import io.pitstop.complaint.ConfirmationRequest;
import io.pitstop.complaint.persistence.Complaint;
import io.pitstop.complaint.service.ComplaintJournal.Actor;
import io.pitstop.identity.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The customer confirms the remedy (closed, with how satisfied they are) or does not (reopened: the resolution is
 * undone and the clock runs again). The owner hears either way; the managers hear of a rejection.
 */
@ApplicationScoped
public class ComplaintConfirmation {

    private final ComplaintViews views;
    private final ComplaintJournal journal;
    private final ComplaintNotices notices;
    private final Clock clock;

    public ComplaintConfirmation(ComplaintViews views, ComplaintJournal journal, ComplaintNotices notices, Clock clock) {
        this.views = views;
        this.journal = journal;
        this.notices = notices;
        this.clock = clock;
    }

    public Uni<ComplaintView> confirm(Caller caller, UUID id, ConfirmationRequest req) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> views.visible(caller, id, true).chain(c -> {
            ComplaintStatus from = c.status;
            answer(c, req.accepted(), req.satisfaction(), now);
            String comment = Texts.optional(req.comment());
            String note = ((req.satisfaction() == null ? "" : "★" + req.satisfaction() + " ") + (comment == null ? "" : comment)).strip();
            ComplaintAction action = req.accepted() ? ComplaintAction.CONFIRMED : ComplaintAction.REJECTED;
            return journal.record(c, Actor.of(caller), action, from, note.isEmpty() ? null : note, List.of(), now)
                    .chain(() -> notices.answered(c, req.accepted()))
                    .chain(() -> views.view(caller, c));
        }));
    }

    /** The customer's answer, as of {@code at}: closed (with how satisfied they are), or reopened with the clock running. */
    public static void answer(Complaint c, boolean accepted, Integer satisfaction, Instant at) {
        ComplaintFlow.Move move = ComplaintFlow.move(c, accepted ? ComplaintAction.CONFIRMED : ComplaintAction.REJECTED);
        if (accepted) {
            ComplaintDeadlines.resume(c, at);
            c.closedAt = at;
            c.satisfaction = satisfaction == null ? null : satisfaction.shortValue();
        } else {
            ComplaintDeadlines.reopened(c, at);
        }
        move.takeOn(c);
    }
}

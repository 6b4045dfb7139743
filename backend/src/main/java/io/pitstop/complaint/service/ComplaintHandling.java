package io.pitstop.complaint.service;

import io.pitstop.common.Texts;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.complaint.ComplaintPriority;
import io.pitstop.complaint.ComplaintStatus;
import io.pitstop.complaint.ComplaintStepRequest;
import io.pitstop.complaint.ComplaintView;
import io.pitstop.complaint.RemedyRequest;
import io.pitstop.complaint.persistence.Complaint;
import io.pitstop.complaint.service.ComplaintJournal.Actor;
import io.pitstop.feedback.NotTheHandlerException;
import io.pitstop.identity.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The shop's steps on a complaint (classify, investigate, remedy, tell the customer), as {@link ComplaintFlow} allows
 * them, by the people who handle it; each step is kept in the journal with the evidence it cites, and the customer
 * hears of the ones that concern them.
 */
@ApplicationScoped
public class ComplaintHandling {

    private final ComplaintViews views;
    private final ComplaintParties parties;
    private final ComplaintEvidence evidence;
    private final ComplaintJournal journal;
    private final ComplaintNotices notices;
    private final ComplaintRules rules;
    private final Clock clock;

    public ComplaintHandling(ComplaintViews views, ComplaintParties parties, ComplaintEvidence evidence, ComplaintJournal journal,
                             ComplaintNotices notices, ComplaintRules rules, Clock clock) {
        this.views = views;
        this.parties = parties;
        this.evidence = evidence;
        this.journal = journal;
        this.notices = notices;
        this.rules = rules;
        this.clock = clock;
    }

    public Uni<ComplaintView> step(Caller caller, UUID id, ComplaintStepRequest req) {
        if (!ComplaintFlow.postedByShop(req.action())) {
            throw new InvalidInputException("action", Detail.of("problem.complaint.step-not-posted"));
        }
        Instant now = clock.instant();
        return Panache.withTransaction(() -> views.visible(caller, id, true).chain(c -> {
            if (!ComplaintFlow.mayHandle(caller, c)) {
                throw new NotTheHandlerException(Detail.of("problem.complaint.not-the-handler", Map.of("number", c.number)));
            }
            ComplaintFlow.Move move = ComplaintFlow.move(c, req.action());
            ComplaintStatus from = c.status;
            return evidence.cite(c, req.evidence()).chain(cited -> apply(c, req, now).chain(note -> {
                move.takeOn(c);
                return journal.record(c, Actor.of(caller), req.action(), from, note, cited, now)
                        .chain(() -> notices.stepTaken(c, req.action()))
                        .chain(() -> views.view(caller, c));
            }));
        }));
    }

    /** What the step changes besides the status; answers the note to keep (the caller's, with what the step changed). */
    private Uni<String> apply(Complaint c, ComplaintStepRequest req, Instant now) {
        String note = Texts.optional(req.note());
        switch (req.action()) {
            case ACKNOWLEDGE -> ComplaintDeadlines.answered(c, now);
            case NOTE -> {
                if (note == null && (req.evidence() == null || req.evidence().isEmpty())) {
                    throw new InvalidInputException("note", Detail.of("problem.complaint.note-required"));
                }
            }
            case PROPOSE_REMEDY -> {
                return proposeRemedy(c, req.remedy(), note, now);
            }
            case INFORM_CUSTOMER -> ComplaintDeadlines.resolved(c, now);
            case WAIT_FOR_CUSTOMER -> ComplaintDeadlines.pause(c, now);
            case RESUME -> ComplaintDeadlines.resume(c, now);
            case REASSIGN -> {
                return reassign(c, req.ownerId(), note);
            }
            case REPRIORITIZE -> {
                return Uni.createFrom().item(reprioritize(c, req.priority(), note));
            }
            default -> {
                // INVESTIGATE: the status is all
            }
        }
        return Uni.createFrom().item(note);
    }

    private Uni<String> proposeRemedy(Complaint c, RemedyRequest remedy, String note, Instant now) {
        if (remedy == null) {
            throw new InvalidInputException("remedy", Detail.of("problem.complaint.remedy-required"));
        }
        if (!remedy.deadline().toInstant().isAfter(now)) {
            throw new InvalidInputException("remedy.deadline", Detail.of("problem.complaint.remedy-deadline-past"));
        }
        return parties.staffMember(remedy.ownerId(), "remedy.ownerId").map(owner -> {
            c.remedyKind = remedy.kind();
            c.remedyDetail = remedy.detail().strip();
            c.remedyOwnerId = owner.id();
            c.remedyDeadline = remedy.deadline().toInstant();
            String what = c.remedyKind + ": " + c.remedyDetail + " (" + owner.name() + ")";
            return note == null ? what : note + " — " + what;
        });
    }

    private Uni<String> reassign(Complaint c, UUID ownerId, String note) {
        if (ownerId == null) {
            throw new InvalidInputException("ownerId", Detail.of("problem.complaint.owner-required"));
        }
        return parties.staffMember(ownerId, "ownerId").chain(owner -> {
            c.ownerId = owner.id();
            return notices.reassigned(c, owner).replaceWith("→ " + owner.name() + (note == null ? "" : ": " + note));
        });
    }

    private String reprioritize(Complaint c, ComplaintPriority priority, String note) {
        if (priority == null) {
            throw new InvalidInputException("priority", Detail.of("problem.complaint.priority-required"));
        }
        ComplaintPriority before = c.priority;
        c.priority = priority;
        ComplaintDeadlines.reprioritize(c, rules.answerWithin(priority), rules.resolveWithin(priority));
        return before + " → " + c.priority + (note == null ? "" : ": " + note);
    }
}

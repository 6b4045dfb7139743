package io.pitstop.complaint.service;

import io.pitstop.common.Texts;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.complaint.ComplaintPriority;
import io.pitstop.complaint.ComplaintStatus;
import io.pitstop.complaint.ComplaintStepFacts;
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
            if (caller.accountId() != null && caller.accountId().equals(c.subjectId)) {
                throw new NotTheHandlerException(Detail.of("problem.complaint.subject-may-not-handle", Map.of("number", c.number)));
            }
            if (!ComplaintFlow.mayHandle(caller, c)) {
                throw new NotTheHandlerException(Detail.of("problem.complaint.not-the-handler", Map.of("number", c.number)));
            }
            ComplaintFlow.Move move = ComplaintFlow.move(c, req.action());
            ComplaintStatus from = c.status;
            return evidence.cite(c, req.evidence()).chain(cited -> apply(c, req, now).chain(done -> {
                move.takeOn(c);
                return journal.record(c, Actor.of(caller), req.action(), from, done.note(), cited, done.facts(), now)
                        .chain(() -> notices.stepTaken(c, req.action()))
                        .chain(() -> views.view(caller, c));
            }));
        }));
    }

    /** What a step keeps: the note its author wrote, and what it changed as typed fields. */
    private record Done(String note, ComplaintStepFacts facts) {
    }

    /** What the step changes besides the status; answers what to keep of it. */
    private Uni<Done> apply(Complaint c, ComplaintStepRequest req, Instant now) {
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
                return Uni.createFrom().item(new Done(note, reprioritize(c, req.priority())));
            }
            default -> {
                // INVESTIGATE: the status is all
            }
        }
        return Uni.createFrom().item(new Done(note, null));
    }

    private Uni<Done> proposeRemedy(Complaint c, RemedyRequest remedy, String note, Instant now) {
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
            return new Done(note, ComplaintStepFacts.remedy(c.remedyKind, c.remedyDetail, owner.name()));
        });
    }

    /** To another member of staff, never to the person the complaint is about. */
    private Uni<Done> reassign(Complaint c, UUID ownerId, String note) {
        if (ownerId == null) {
            throw new InvalidInputException("ownerId", Detail.of("problem.complaint.owner-required"));
        }
        if (ownerId.equals(c.subjectId)) {
            throw new InvalidInputException("ownerId", Detail.of("problem.complaint.owner-is-subject"));
        }
        return parties.staffMember(ownerId, "ownerId").chain(owner -> {
            c.ownerId = owner.id();
            return notices.reassigned(c, owner).replaceWith(new Done(note, ComplaintStepFacts.reassigned(owner.name())));
        });
    }

    private ComplaintStepFacts reprioritize(Complaint c, ComplaintPriority priority) {
        if (priority == null) {
            throw new InvalidInputException("priority", Detail.of("problem.complaint.priority-required"));
        }
        ComplaintPriority before = c.priority;
        c.priority = priority;
        ComplaintDeadlines.reprioritize(c, rules.answerWithin(priority), rules.resolveWithin(priority));
        return ComplaintStepFacts.reprioritized(before, c.priority);
    }
}

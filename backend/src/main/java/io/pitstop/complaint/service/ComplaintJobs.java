package io.pitstop.complaint.service;

import io.pitstop.common.NativeSql;
import io.pitstop.common.Sequential;
import io.pitstop.complaint.ComplaintAction;
import io.pitstop.complaint.ComplaintAlarm;
import io.pitstop.complaint.ComplaintStatus;
import io.pitstop.complaint.ComplaintStepFacts;
import io.pitstop.complaint.persistence.Complaint;
import io.pitstop.complaint.persistence.ComplaintRepository;
import io.pitstop.complaint.service.ComplaintJournal.Actor;
import io.pitstop.notify.NotificationKind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The 24/48-hour promise, watched: the manager (and the owner) hear before each deadline (at 75 % of it) and when it
 * is missed, once each. A paused complaint (waiting for the customer) is not chased. Each alarm is one UPDATE that
 * marks the rows it raises, selected FOR UPDATE SKIP LOCKED, so two instances never raise one twice.
 */
@ApplicationScoped
public class ComplaintJobs {

    /**
     * One alarm: the column that marks it raised, the deadline it watches, the column that says it was met, and when its
     * clock started with the waiting counted by then (the resolve clock starts over when the customer reopens it, and
     * its marks are cleared then, so that a reopened complaint is watched again).
     */
    private record Alarm(String mark, String done, String due, String since, String pausedBase, boolean warning, NotificationKind kind,
                         ComplaintAlarm alarm) {
    }

    private static final String RESOLVE_SINCE = "coalesce(resolve_since, created_at)";

    private static final List<Alarm> ALARMS = List.of(
            new Alarm("answer_warned_at", "answered_at", "answer_due_at", "created_at", "0", true, NotificationKind.COMPLAINT_ANSWER_WARNING,
                    ComplaintAlarm.COMPLAINT_ANSWER_WARNING),
            new Alarm("answer_missed_at", "answered_at", "answer_due_at", "created_at", "0", false, NotificationKind.COMPLAINT_ANSWER_MISSED,
                    ComplaintAlarm.COMPLAINT_ANSWER_MISSED),
            new Alarm("resolve_warned_at", "resolved_at", "resolve_due_at", RESOLVE_SINCE, "resolve_paused_base", true,
                    NotificationKind.COMPLAINT_RESOLVE_WARNING, ComplaintAlarm.COMPLAINT_RESOLVE_WARNING),
            new Alarm("resolve_missed_at", "resolved_at", "resolve_due_at", RESOLVE_SINCE, "resolve_paused_base", false,
                    NotificationKind.COMPLAINT_RESOLVE_MISSED, ComplaintAlarm.COMPLAINT_RESOLVE_MISSED));

    private final ComplaintRepository complaints;
    private final ComplaintJournal journal;
    private final ComplaintNotices notices;
    private final ComplaintParties parties;
    private final ComplaintRules rules;
    private final Clock clock;

    public ComplaintJobs(ComplaintRepository complaints, ComplaintJournal journal, ComplaintNotices notices, ComplaintParties parties,
                         ComplaintRules rules, Clock clock) {
        this.complaints = complaints;
        this.journal = journal;
        this.notices = notices;
        this.parties = parties;
        this.rules = rules;
        this.clock = clock;
    }

    @Scheduled(every = "${pitstop.complaint.jobs-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return escalate().replaceWithVoid();
    }

    /** Every escalation due now; answers how many complaints were raised. */
    public Uni<Integer> escalate() {
        Uni<Integer> raised = Uni.createFrom().item(0);
        for (Alarm alarm : ALARMS) {
            raised = raised.chain(before -> raise(alarm).map(n -> before + n));
        }
        return raised;
    }

    private Uni<Integer> raise(Alarm a) {
        Instant now = clock.instant();
        // The warning comes when warnAt of the deadline's own length (pauses not counted) has passed.
        String when = a.warning()
                ? a.due() + " - (" + a.due() + " - " + a.since() + " - make_interval(secs => paused_seconds - " + a.pausedBase() + ")) * "
                + (1 - rules.warnAt()) + " <= ?1"
                : a.due() + " <= ?1";
        String sql = "update complaint set " + a.mark() + " = ?1 where id in (select id from complaint where status <> ?2 and "
                + a.done() + " is null and paused_since is null and " + a.mark() + " is null and " + when
                + " order by " + a.due() + " limit 200 for update skip locked) returning id";
        return Panache.withTransaction(() -> NativeSql.ids(sql, now, ComplaintStatus.CLOSED)
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Complaint>of()) : complaints.list("id in ?1", ids))
                .chain(list -> parties.managers().chain(managers -> Sequential.each(list, c ->
                        journal.record(c, Actor.SYSTEM, ComplaintAction.ESCALATED, c.status, null, List.of(), ComplaintStepFacts.alarm(a.alarm()), now)
                                .chain(() -> notices.escalated(c, a.kind(), a.warning(), managers))))
                        .map(x -> list.size())));
    }
}

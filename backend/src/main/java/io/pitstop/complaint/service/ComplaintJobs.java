package io.pitstop.complaint.service;

import io.pitstop.common.Sequential;
import io.pitstop.complaint.ComplaintAction;
import io.pitstop.complaint.persistence.Complaint;
import io.pitstop.complaint.persistence.ComplaintRepository;
import io.pitstop.identity.Role;
import io.pitstop.identity.persistence.AccountRepository;
import io.pitstop.notify.Notifier.Recipient;
import io.pitstop.notify.Notifier;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The 24/48-hour promise, watched: the manager (and the owner) hear before each deadline (at 75 % of it) and when it
 * is missed, once each. A paused complaint (waiting for the customer) is not chased. Each alarm is one UPDATE that
 * marks the rows it raises, selected FOR UPDATE SKIP LOCKED, so two instances never raise one twice.
 */
@ApplicationScoped
public class ComplaintJobs {

    private final ComplaintRepository complaints;
    private final ComplaintService service;
    private final AccountRepository accounts;
    private final Notifier notifier;
    private final ComplaintRules rules;
    private final Clock clock;

    public ComplaintJobs(ComplaintRepository complaints, ComplaintService service, AccountRepository accounts, Notifier notifier,
                         ComplaintRules rules, Clock clock) {
        this.complaints = complaints;
        this.service = service;
        this.accounts = accounts;
        this.notifier = notifier;
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
        return raise("answer_warned_at", "answered_at", "answer_due_at", true, "COMPLAINT_ANSWER_WARNING", "答复期限将至")
                .chain(a -> raise("answer_missed_at", "answered_at", "answer_due_at", false, "COMPLAINT_ANSWER_MISSED", "已超过答复期限")
                        .chain(b -> raise("resolve_warned_at", "resolved_at", "resolve_due_at", true, "COMPLAINT_RESOLVE_WARNING", "解决期限将至")
                                .chain(c -> raise("resolve_missed_at", "resolved_at", "resolve_due_at", false, "COMPLAINT_RESOLVE_MISSED", "已超过解决期限")
                                        .map(d -> a + b + c + d))));
    }

    private Uni<Integer> raise(String mark, String done, String due, boolean warning, String kind, String what) {
        Instant now = clock.instant();
        // The warning comes when warnAt of the deadline's own length (pauses not counted) has passed.
        String when = warning
                ? due + " - (" + due + " - created_at - make_interval(secs => paused_seconds)) * " + (1 - rules.warnAt()) + " <= ?1"
                : due + " <= ?1";
        String sql = "update complaint set " + mark + " = ?1 where id in (select id from complaint where status <> 'CLOSED' and "
                + done + " is null and paused_since is null and " + mark + " is null and " + when
                + " order by " + due + " limit 200 for update skip locked) returning id";
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> s.createNativeQuery(sql, UUID.class)
                        .setParameter(1, now.atOffset(ZoneOffset.UTC)).getResultList())
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Complaint>of()) : complaints.list("id in ?1", ids))
                .chain(list -> accounts.activeWith(Role.MANAGER).chain(managers -> Sequential.each(list, c -> {
                    Map<String, String> p = Map.of("number", c.number, "priority", c.priority.name());
                    String text = "投诉 " + c.number + "（" + c.priority + "）" + what + "，请跟进。";
                    return service.record(c, null, ComplaintAction.ESCALATED, c.status, kind, List.of())
                            .chain(() -> notifier.send(Recipient.inAppOnly(c.ownerId), kind, p, text, null, c.orderId, c.id))
                            .chain(() -> Sequential.each(managers.stream().filter(m -> !m.id.equals(c.ownerId)).toList(),
                                    m -> notifier.send(warning ? Recipient.inAppOnly(m.id) : new Recipient(m.id, m.phone), kind, p, text,
                                            null, c.orderId, c.id)));
                })).map(x -> list.size())));
    }
}

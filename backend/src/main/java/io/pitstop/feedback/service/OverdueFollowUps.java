package io.pitstop.feedback.service;

import io.pitstop.common.NativeSql;
import io.pitstop.common.Sequential;
import io.pitstop.feedback.CallStatus;
import io.pitstop.feedback.persistence.FollowUpCall;
import io.pitstop.feedback.persistence.FollowUpCallRepository;
import io.pitstop.identity.Role;
import io.pitstop.identity.service.People;
import io.pitstop.repair.RepairOrderRef;
import io.pitstop.repair.service.RepairLookup;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The follow-up call's week, watched: a call still open after its due date (7 days after delivery, configured as
 * {@code pitstop.follow-up.due-within}) is raised to the managers, with its agent, once. One UPDATE marks the calls it
 * raises, selected FOR UPDATE SKIP LOCKED, so that two runs or two instances never raise one twice. A call made,
 * closed unreachable or turned into a problem (watched by its own working days) is not chased.
 */
@ApplicationScoped
public class OverdueFollowUps {

    private final FollowUpCallRepository calls;
    private final RepairLookup orders;
    private final People people;
    private final FeedbackNotices notices;
    private final Clock clock;

    public OverdueFollowUps(FollowUpCallRepository calls, RepairLookup orders, People people, FeedbackNotices notices, Clock clock) {
        this.calls = calls;
        this.orders = orders;
        this.people = people;
        this.notices = notices;
        this.clock = clock;
    }

    @Scheduled(every = "${pitstop.follow-up.jobs-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return escalate().replaceWithVoid();
    }

    /** Raises every call past its due date not raised yet; answers how many. */
    public Uni<Integer> escalate() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> NativeSql.ids("""
                        update follow_up_call set overdue_escalated_at = ?1
                        where id in (select id from follow_up_call
                                     where status = ?2 and due_at <= ?1 and overdue_escalated_at is null
                                     order by due_at limit 200 for update skip locked)
                        returning id""", now, CallStatus.OPEN)
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<FollowUpCall>of()) : calls.list("id in ?1", ids))
                .chain(late -> late.isEmpty() ? Uni.createFrom().item(0) : people.activeWith(Role.MANAGER).chain(managers ->
                        orders.byIds(late.stream().map(c -> c.orderId).toList()).chain(os -> {
                            Map<java.util.UUID, RepairOrderRef> byId = os.stream().collect(Collectors.toMap(RepairOrderRef::id, Function.identity()));
                            return people.byIds(late.stream().map(c -> c.assigneeId).toList()).chain(assignees ->
                                    Sequential.each(late, c -> notices.callOverdue(c, byId.get(c.orderId), assignees.get(c.assigneeId), managers)));
                        }).map(x -> late.size()))));
    }
}

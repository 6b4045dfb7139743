package io.pitstop.feedback.service;

import io.pitstop.common.LeastLoaded;
import io.pitstop.common.NativeSql;
import io.pitstop.common.Sequential;
import io.pitstop.feedback.CallStatus;
import io.pitstop.feedback.persistence.FollowUpCall;
import io.pitstop.feedback.persistence.FollowUpCallRepository;
import io.pitstop.identity.Person;
import io.pitstop.identity.Role;
import io.pitstop.identity.service.People;
import io.pitstop.repair.RepairOrderRef;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.service.RepairLookup;
import io.pitstop.shop.ShopService;
import io.pitstop.shop.WorkClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Follow-up calls on the clock: a call task for every delivered order once the delay has passed (one per order,
 * the unique order id refuses a second), assigned to the least loaded customer service agent (the order's advisor
 * when the shop has none); and problems past their working days raised to the managers, once.
 */
@ApplicationScoped
public class FollowUpJobs {

    private final FollowUpCallRepository calls;
    private final RepairLookup orders;
    private final People people;
    private final FeedbackNotices notices;
    private final ShopService shop;
    private final FollowUpRules rules;
    private final Clock clock;

    public FollowUpJobs(FollowUpCallRepository calls, RepairLookup orders, People people, FeedbackNotices notices, ShopService shop,
                        FollowUpRules rules, Clock clock) {
        this.calls = calls;
        this.orders = orders;
        this.people = people;
        this.notices = notices;
        this.shop = shop;
        this.rules = rules;
        this.clock = clock;
    }

    @Scheduled(every = "${pitstop.follow-up.jobs-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return createCalls().chain(this::watchProblems).replaceWithVoid();
    }

    /** Creates the calls that are due; answers how many it created. */
    public Uni<Integer> createCalls() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> NativeSql.ids("""
                        select o.id from repair_order o
                        where o.status = ?2 and o.delivered_at <= ?1
                          and not exists (select 1 from follow_up_call f where f.order_id = o.id)
                        order by o.delivered_at limit 200 for update of o skip locked""", now.minus(rules.delay()), RepairStatus.DELIVERED)
                .chain(orders::byIds)
                .chain(due -> due.isEmpty() ? Uni.createFrom().item(0) : people.activeWith(Role.CUSTOMER_SERVICE)
                        .chain(agents -> calls.openPerAssignee().chain(load -> shop.workClock().chain(work ->
                                Sequential.map(due, o -> open(o, assignee(o, agents, load), work, now))
                                        .map(created -> (int) created.stream().filter(c -> c).count()))))));
    }

    /** The least loaded agent (the new call counts at once), or the order's advisor when the shop has none. */
    private static UUID assignee(RepairOrderRef o, List<Person> agents, Map<UUID, Long> load) {
        UUID assignee = LeastLoaded.pick(agents, Person::id, load, Comparator.comparing(Person::phone)).map(Person::id).orElse(o.advisorId());
        load.merge(assignee, 1L, Long::sum);
        return assignee;
    }

    /**
     * Opens the call unless the order has one already (another instance was quicker), and tells its assignee. Calls
     * are placed in opening hours: available from the next opening after the delay, due by the last closing within
     * the week (never at night).
     */
    private Uni<Boolean> open(RepairOrderRef o, UUID assignee, WorkClock work, Instant now) {
        Instant available = work.nextOpen(o.deliveredAt().plus(rules.delay()));
        Instant dueAt = work.lastOpenAtOrBefore(o.deliveredAt().plus(rules.dueWithin()));
        ZoneId zone = work.zone();
        return NativeSql.update("""
                        insert into follow_up_call (id, order_id, customer_id, assignee_id, status, available_from, due_at, attempts,
                                                    next_attempt_on, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, ?8, ?9) on conflict (order_id) do nothing""",
                        UUID.randomUUID(), o.id(), o.customerId(), assignee, CallStatus.OPEN, available, dueAt,
                        available.atZone(zone).toLocalDate(), now)
                .chain(rows -> rows == 1 ? notices.callDue(assignee, o).replaceWith(true) : Uni.createFrom().item(false));
    }

    /** Problems not solved within their working days: the managers and the owner hear of it once. */
    public Uni<Integer> watchProblems() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> NativeSql.ids("""
                        update follow_up_call set problem_escalated_at = ?1
                        where id in (select id from follow_up_call
                                     where status = ?2 and problem_resolved_at is null and problem_due_at <= ?1
                                       and problem_escalated_at is null
                                     order by problem_due_at limit 200 for update skip locked)
                        returning id""", now, CallStatus.PROBLEM)
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<FollowUpCall>of()) : calls.list("id in ?1", ids))
                .chain(late -> people.activeWith(Role.MANAGER).chain(managers -> Sequential.each(late, c -> notices.problemOverdue(c, managers)))
                        .map(x -> late.size())));
    }
}

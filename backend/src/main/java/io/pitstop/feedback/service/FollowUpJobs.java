package io.pitstop.feedback.service;

import io.pitstop.common.Sequential;
import io.pitstop.feedback.persistence.FollowUpCall;
import io.pitstop.feedback.persistence.FollowUpCallRepository;
import io.pitstop.identity.Role;
import io.pitstop.identity.persistence.Account;
import io.pitstop.identity.persistence.AccountRepository;
import io.pitstop.notify.Notifier.Recipient;
import io.pitstop.notify.Notifier;
import io.pitstop.repair.persistence.RepairOrderRepository;
import io.pitstop.shop.ShopService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Follow-up calls on the clock: a call task for every delivered order once the delay has passed (one per order,
 * the unique order id refuses a second), assigned to the least loaded customer service agent (the order's advisor
 * when the shop has none); and problems past their 3-working-day deadline raised to the managers, once.
 */
@ApplicationScoped
public class FollowUpJobs {

    private final FollowUpCallRepository calls;
    private final RepairOrderRepository orders;
    private final AccountRepository accounts;
    private final ShopService shop;
    private final Notifier notifier;
    private final FollowUpRules rules;
    private final Clock clock;

    public FollowUpJobs(FollowUpCallRepository calls, RepairOrderRepository orders, AccountRepository accounts, ShopService shop,
                        Notifier notifier, FollowUpRules rules, Clock clock) {
        this.calls = calls;
        this.orders = orders;
        this.accounts = accounts;
        this.shop = shop;
        this.notifier = notifier;
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
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> s.createNativeQuery("""
                                select o.id from repair_order o
                                where o.status = 'DELIVERED' and o.delivered_at <= ?1
                                  and not exists (select 1 from follow_up_call f where f.order_id = o.id)
                                order by o.delivered_at limit 200 for update of o skip locked""", UUID.class)
                        .setParameter(1, now.minus(rules.delay()).atOffset(ZoneOffset.UTC)).getResultList())
                .chain(orders::byIds)
                .chain(due -> due.isEmpty() ? Uni.createFrom().item(0) : accounts.activeWith(Role.CUSTOMER_SERVICE)
                        .chain(agents -> load().chain(load -> shop.zone().chain(zone -> {
                            Uni<Integer> chain = Uni.createFrom().item(0);
                            for (var o : due) {
                                Account agent = agents.stream().min(Comparator.comparingLong((Account a) -> load.getOrDefault(a.id, 0L))
                                        .thenComparing(a -> a.phone)).orElse(null);
                                UUID assignee = agent != null ? agent.id : o.advisorId;
                                load.merge(assignee, 1L, Long::sum);
                                Instant available = o.deliveredAt.plus(rules.delay());
                                chain = chain.chain(n -> insertCall(assignee, o.id, o.customerId, available, o.deliveredAt.plus(rules.dueWithin()),
                                        available.atZone(zone).toLocalDate(), now)
                                        .chain(created -> !created ? Uni.createFrom().item(n) : notifier.send(Recipient.inAppOnly(assignee),
                                                "FOLLOW_UP_DUE", Map.of("reference", o.reference), "工单 " + o.reference + " 已交车 "
                                                        + rules.delay().toDays() + " 天，请进行回访。", o.appointmentId, o.id).replaceWith(n + 1)));
                            }
                            return chain;
                        })))));
    }

    /** Inserts the call unless the order has one already (another instance was quicker): true when this one did. */
    private Uni<Boolean> insertCall(UUID assignee, UUID orderId, UUID customerId, Instant available, Instant due, java.time.LocalDate firstDay, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into follow_up_call (id, order_id, customer_id, assignee_id, status, available_from, due_at, attempts,
                                                    next_attempt_on, created_at)
                        values (?1, ?2, ?3, ?4, 'OPEN', ?5, ?6, 0, ?7, ?8) on conflict (order_id) do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, orderId).setParameter(3, customerId).setParameter(4, assignee)
                .setParameter(5, available.atOffset(ZoneOffset.UTC)).setParameter(6, due.atOffset(ZoneOffset.UTC))
                .setParameter(7, firstDay).setParameter(8, now.atOffset(ZoneOffset.UTC))
                .executeUpdate()).map(rows -> rows == 1);
    }

    private Uni<Map<UUID, Long>> load() {
        return calls.find("select c.assigneeId, count(c) from FollowUpCall c where c.status = io.pitstop.feedback.CallStatus.OPEN group by c.assigneeId")
                .project(Object[].class).list().map(rows -> {
                    Map<UUID, Long> map = new HashMap<>();
                    rows.forEach(r -> map.put((UUID) r[0], ((Number) r[1]).longValue()));
                    return map;
                });
    }

    /** Problems not solved within their working days: the managers and the owner hear of it once. */
    public Uni<Integer> watchProblems() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> s.createNativeQuery("""
                                update follow_up_call set problem_escalated_at = ?1
                                where id in (select id from follow_up_call
                                             where status = 'PROBLEM' and problem_resolved_at is null and problem_due_at <= ?1
                                               and problem_escalated_at is null
                                             order by problem_due_at limit 200 for update skip locked)
                                returning id""", UUID.class)
                        .setParameter(1, now.atOffset(ZoneOffset.UTC)).getResultList())
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<FollowUpCall>of()) : calls.list("id in ?1", ids))
                .chain(late -> accounts.activeWith(Role.MANAGER).chain(managers -> Sequential.each(late, c -> Sequential.each(managers,
                                (Account m) -> notifier.send(Recipient.inAppOnly(m.id), "FOLLOW_UP_PROBLEM_OVERDUE", Map.of("problem", c.problem),
                                        "回访问题超过 " + rules.problemWorkingDays() + " 个工作日未解决：" + c.problem, null, c.orderId))
                        .chain(() -> notifier.send(Recipient.inAppOnly(c.problemOwnerId), "FOLLOW_UP_PROBLEM_OVERDUE",
                                Map.of("problem", c.problem), "您负责的回访问题已超期：" + c.problem, null, c.orderId)))
                        .map(x -> late.size()))));
    }
}

package io.pitstop.repair.service;

import io.pitstop.common.JobMarks;
import io.pitstop.common.NativeSql;
import io.pitstop.common.Sequential;
import io.pitstop.repair.Decision;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.repair.persistence.RepairOrderRepository;
import io.pitstop.shop.ShopService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The repair time limits, enforced by the clock (domain steps 4-6), each with the rule's configured time:
 * <ul>
 *   <li>a long repair tells its owner something every period: when nobody did, an automatic update
 *   ({@link ProgressUpdates}), once per order and period;</li>
 *   <li>an order not READY within the watch time before its promise, without a declared delay, is raised to the
 *   advisor and the managers early enough to declare the delay ({@link Delays}, set-based in {@link DelayRiskWatch}), once per order and promise;</li>
 *   <li>a supplement the owner leaves unanswered is raised to the advisor and the managers
 *   ({@link SupplementWatch}), once per order and round;</li>
 *   <li>an approved order not dispatched in time, or safety-critical work not started in time, is raised to the
 *   workshop ({@link WorkshopAlerts}), once per order.</li>
 * </ul>
 * Each selects due orders with FOR UPDATE SKIP LOCKED (status sets as parameters) and records what it did under a
 * unique key or on the row it locked, so two instances, or two runs, never act twice.
 */
@ApplicationScoped
public class RepairJobs {

    private final OrderAccess access;
    private final RepairOrderRepository orders;
    private final ProgressUpdates progress;
    private final DelayRiskWatch delays;
    private final WorkshopAlerts alerts;
    private final JobMarks marks;
    private final RepairRules rules;
    private final SupplementWatch supplements;
    private final ShopService shop;

    public RepairJobs(OrderAccess access, RepairOrderRepository orders, ProgressUpdates progress, DelayRiskWatch delays, WorkshopAlerts alerts,
                      JobMarks marks, RepairRules rules, SupplementWatch supplements, ShopService shop) {
        this.access = access;
        this.orders = orders;
        this.progress = progress;
        this.delays = delays;
        this.alerts = alerts;
        this.marks = marks;
        this.rules = rules;
        this.supplements = supplements;
        this.shop = shop;
    }

    @Scheduled(every = "${pitstop.repair.jobs-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return hourlyUpdates().chain(this::watchPromises).chain(this::watchDispatch).chain(this::watchSupplements).replaceWithVoid();
    }

    /**
     * Long repairs whose owner has heard nothing for a period: one automatic update per order and period — while the
     * shop is open. A closed workshop makes no progress to report, and an update at 03:00 would only wake the owner.
     */
    public Uni<Integer> hourlyUpdates() {
        return Panache.withTransaction(() -> access.acting(null).chain(act -> shop.workClock().chain(work -> !work.isOpen(act.now())
                ? Uni.createFrom().item(0)
                : NativeSql.ids("""
                        select id from repair_order
                        where status in (?3)
                          and expected_minutes > ?2
                          and greatest(coalesce(last_update_at, dispatched_at), dispatched_at) <= ?1
                        order by dispatched_at limit 200 for update skip locked
                        """, act.now().minus(rules.updateEvery()), rules.longRepair().toMinutes(), RepairStatus.IN_WORKSHOP)
                .chain(orders::byIds)
                .chain(due -> Sequential.each(due, o -> {
                    long period = Promises.period(o.dispatchedAt, act.now(), rules);
                    return marks.claim("HOURLY_UPDATE", subject(o.id, Long.toString(period)), act.now())
                            .chain(first -> first ? progress.pushAutomatic(act, o) : Uni.createFrom().voidItem());
                }).map(x -> due.size())))));
    }

    /**
     * Orders not READY within the watch time before their promise (longer than the notice time, so that a delay can
     * still be declared in time): raised once per order and promise.
     */
    public Uni<Integer> watchPromises() {
        return untilDone(delays::batch, DelayRiskWatch.BATCH, 0);
    }

    /** Batches, each in its own transaction, until one comes back short: every due order in one pass. */
    private static Uni<Integer> untilDone(java.util.function.Supplier<Uni<Integer>> batch, int size, int done) {
        return batch.get().chain(n -> n < size ? Uni.createFrom().item(done + n) : untilDone(batch, size, done + n));
    }

    /** Approved orders not dispatched in time; safety-critical work not started in time. */
    public Uni<Integer> watchDispatch() {
        return Panache.withTransaction(() -> access.acting(null).chain(act -> NativeSql.ids("""
                        update repair_order set dispatch_alerted_at = ?1
                        where id in (select id from repair_order
                                     where status = ?3 and coalesce(work_ready_at, approved_at) <= ?2 and dispatch_alerted_at is null
                                     order by approved_at limit 200 for update skip locked)
                        returning id
                        """, act.now(), act.now().minus(rules.dispatchWithin()), RepairStatus.APPROVED)
                .chain(orders::byIds)
                .invoke(late -> late.forEach(o -> o.dispatchAlertedAt = act.now()))
                .chain(late -> each(act, late, alerts::dispatchOverdue))
                .chain(n -> NativeSql.ids("""
                                update repair_order set start_alerted_at = ?1
                                where id in (select id from repair_order
                                             where safety_critical and status in (?3) and coalesce(start_ready_at, approved_at) <= ?2
                                               and start_alerted_at is null
                                             order by approved_at limit 200 for update skip locked)
                                returning id
                                """, act.now(), act.now().minus(rules.safetyStartWithin()), List.of(RepairStatus.APPROVED, RepairStatus.DISPATCHED))
                        .chain(orders::byIds)
                        // The session may hold an order the dispatch alarm loaded before this statement marked it:
                        // its flush would write the old, empty mark back and raise the alarm again on the next run.
                        .invoke(late -> late.forEach(o -> o.startAlertedAt = act.now()))
                        .chain(late -> each(act, late, alerts::startOverdue))
                        .map(m -> n + m))));
    }

    /** Supplements the owner has not answered within the rule's time in opening hours: raised once per order and round. */
    public Uni<Integer> watchSupplements() {
        return Panache.withTransaction(() -> access.acting(null).chain(act -> shop.workClock().chain(work -> NativeSql.ids("""
                        select o.id from repair_order o
                        where o.status in (?2)
                          and exists (select 1 from estimate_item i
                                      where i.order_id = o.id and i.round > 0 and i.decision = ?3 and i.created_at <= ?1)
                        order by o.id limit 200 for update of o skip locked
                        """, act.now().minus(rules.supplementAnswerWithin()), RepairStatus.OPEN, Decision.PENDING)
                .chain(orders::byIds)
                .chain(due -> each(act, due, (a, o) -> supplements.raiseUnanswered(a, work, o))))));
    }

    private static Uni<Integer> each(Acting act, List<RepairOrder> due, BiFunction<Acting, RepairOrder, Uni<Void>> action) {
        return Sequential.each(due, o -> action.apply(act, o)).map(x -> due.size());
    }

    private static UUID subject(UUID order, String part) {
        return UUID.nameUUIDFromBytes((order + "@" + part).getBytes(StandardCharsets.UTF_8));
    }
}

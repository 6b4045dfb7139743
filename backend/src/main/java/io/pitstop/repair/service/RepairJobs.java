package io.pitstop.repair.service;

import io.pitstop.common.JobMarks;
import io.pitstop.common.NativeSql;
import io.pitstop.common.Sequential;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.repair.persistence.RepairOrderRepository;
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
 *   <li>an order not READY within the notice time before its promise, without a declared delay, is raised
 *   ({@link Delays}), once per order and promise;</li>
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
    private final Delays delays;
    private final WorkshopAlerts alerts;
    private final JobMarks marks;
    private final RepairRules rules;

    public RepairJobs(OrderAccess access, RepairOrderRepository orders, ProgressUpdates progress, Delays delays, WorkshopAlerts alerts,
                      JobMarks marks, RepairRules rules) {
        this.access = access;
        this.orders = orders;
        this.progress = progress;
        this.delays = delays;
        this.alerts = alerts;
        this.marks = marks;
        this.rules = rules;
    }

    @Scheduled(every = "${pitstop.repair.jobs-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return hourlyUpdates().chain(this::watchPromises).chain(this::watchDispatch).replaceWithVoid();
    }

    /** Long repairs whose owner has heard nothing for a period: one automatic update per order and period. */
    public Uni<Integer> hourlyUpdates() {
        return Panache.withTransaction(() -> access.acting(null).chain(act -> NativeSql.ids("""
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
                }).map(x -> due.size()))));
    }

    /** Orders not READY within the notice time before their promise: raised once per order and promise. */
    public Uni<Integer> watchPromises() {
        return Panache.withTransaction(() -> access.acting(null).chain(act -> NativeSql.ids("""
                        update repair_order set delay_risk_for = promised_at
                        where id in (select id from repair_order
                                     where status in (?2)
                                       and promised_at <= ?1
                                       and delay_risk_for is distinct from promised_at
                                     order by promised_at limit 200 for update skip locked)
                        returning id
                        """, act.now().plus(rules.delayNoticeBefore()), RepairStatus.PROMISED)
                .chain(orders::byIds)
                .chain(due -> each(act, due, delays::raiseRisk))));
    }

    /** Approved orders not dispatched in time; safety-critical work not started in time. */
    public Uni<Integer> watchDispatch() {
        return Panache.withTransaction(() -> access.acting(null).chain(act -> NativeSql.ids("""
                        update repair_order set dispatch_alerted_at = ?1
                        where id in (select id from repair_order
                                     where status = ?3 and approved_at <= ?2 and dispatch_alerted_at is null
                                     order by approved_at limit 200 for update skip locked)
                        returning id
                        """, act.now(), act.now().minus(rules.dispatchWithin()), RepairStatus.APPROVED)
                .chain(orders::byIds)
                .chain(late -> each(act, late, alerts::dispatchOverdue))
                .chain(n -> NativeSql.ids("""
                                update repair_order set start_alerted_at = ?1
                                where id in (select id from repair_order
                                             where safety_critical and status in (?3) and approved_at <= ?2
                                               and start_alerted_at is null
                                             order by approved_at limit 200 for update skip locked)
                                returning id
                                """, act.now(), act.now().minus(rules.safetyStartWithin()), List.of(RepairStatus.APPROVED, RepairStatus.DISPATCHED))
                        .chain(orders::byIds)
                        .chain(late -> each(act, late, alerts::startOverdue))
                        .map(m -> n + m))));
    }

    private static Uni<Integer> each(Acting act, List<RepairOrder> due, BiFunction<Acting, RepairOrder, Uni<Void>> action) {
        return Sequential.each(due, o -> action.apply(act, o)).map(x -> due.size());
    }

    private static UUID subject(UUID order, String part) {
        return UUID.nameUUIDFromBytes((order + "@" + part).getBytes(StandardCharsets.UTF_8));
    }
}

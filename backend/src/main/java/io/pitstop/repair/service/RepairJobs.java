package io.pitstop.repair.service;

import io.pitstop.booking.persistence.VehicleRepository;
import io.pitstop.common.Durations;
import io.pitstop.common.JobMarks;
import io.pitstop.common.Sequential;
import io.pitstop.identity.Role;
import io.pitstop.identity.persistence.Account;
import io.pitstop.identity.persistence.AccountRepository;
import io.pitstop.notify.Notifier.Recipient;
import io.pitstop.notify.Notifier;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.repair.persistence.RepairOrderRepository;
import io.pitstop.shop.ShopService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The repair time limits, enforced by the clock (domain steps 4-6):
 * <ul>
 *   <li>a repair expected to take over 2 hours tells its owner something every hour: when nobody did within the
 *   hour, the job pushes an automatic update (step, time left) and flags the advisor that a personal one is owed;</li>
 *   <li>an order not READY 30 minutes before its promised time (a delay would have moved the promise) alerts the
 *   advisor and the managers and tells the owner the advisor will call, once per order and promise;</li>
 *   <li>an approved order not dispatched within 5 minutes, or safety-critical work not started within 30, is raised
 *   to the team leads and managers.</li>
 * </ul>
 * Each selects due orders with FOR UPDATE SKIP LOCKED and records what it did under a unique key or on the row it
 * locked, so two instances, or two runs, never act twice.
 */
@ApplicationScoped
public class RepairJobs {

    private static final int BATCH = 200;

    private final RepairOrderRepository orders;
    private final VehicleRepository vehicles;
    private final AccountRepository accounts;
    private final RepairService repair;
    private final ShopService shop;
    private final Notifier notifier;
    private final JobMarks marks;
    private final RepairRules rules;
    private final Clock clock;

    public RepairJobs(RepairOrderRepository orders, VehicleRepository vehicles, AccountRepository accounts, RepairService repair,
                      ShopService shop, Notifier notifier, JobMarks marks, RepairRules rules, Clock clock) {
        this.orders = orders;
        this.vehicles = vehicles;
        this.accounts = accounts;
        this.repair = repair;
        this.shop = shop;
        this.notifier = notifier;
        this.marks = marks;
        this.rules = rules;
        this.clock = clock;
    }

    @Scheduled(every = "${pitstop.repair.jobs-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return hourlyUpdates().chain(this::watchPromises).chain(this::watchDispatch).replaceWithVoid();
    }

    /** Long repairs whose owner has heard nothing for an hour: one automatic update per order and hour. */
    public Uni<Integer> hourlyUpdates() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> due("""
                        select id from repair_order
                        where status in ('DISPATCHED', 'IN_REPAIR', 'WAITING_PARTS', 'QUALITY_CHECK')
                          and expected_minutes > ?2
                          and greatest(coalesce(last_update_at, dispatched_at), dispatched_at) <= ?1
                        order by dispatched_at limit 200 for update skip locked
                        """, now.minus(rules.updateEvery()), rules.longRepair().toMinutes())
                .chain(orders::byIds)
                .chain(list -> context(now).chain(op -> Sequential.each(list, o -> {
                    long hour = Duration.between(o.dispatchedAt, now).dividedBy(rules.updateEvery());
                    return marks.claim("HOURLY_UPDATE", subject(o.id, Long.toString(hour)), now)
                            .chain(first -> first ? pushAutomaticUpdate(op, o) : Uni.createFrom().voidItem());
                })).map(x -> list.size())));
    }

    private Uni<Void> pushAutomaticUpdate(RepairService.Op op, RepairOrder o) {
        Instant now = op.now();
        Long left = o.promisedAt == null ? null : Math.max(0, Duration.between(now, o.promisedAt).toMinutes());
        String step = o.currentStep != null ? o.currentStep : label(o);
        RepairService.Draft d = RepairService.Draft.message("自动进度：" + step + (left == null ? "" : "，预计还需 " + left + " 分钟")
                + " / Automatic update: " + step + (left == null ? "" : ", about " + left + " min left"));
        d.step = step;
        d.remainingMinutes = left == null ? null : left.intValue();
        d.automatic = true;
        o.lastUpdateAt = now;
        return repair.append(op, o, RepairEventType.UPDATE, o.status, d)
                .chain(() -> repair.append(op, o, RepairEventType.UPDATE_OVERDUE, o.status,
                        RepairService.Draft.message("超过 " + Durations.zh(rules.updateEvery()) + "未向客户更新进度 / no personal update within "
                                + Durations.en(rules.updateEvery()))))
                .chain(() -> vehicles.findById(o.vehicleId))
                .chain(v -> repair.tellOwner(o, v, "REPAIR_UPDATE", Map.of("message", d.message, "automatic", "true"),
                                "维修进度（" + v.plate + "）：" + step + (left == null ? "" : "，预计还需 " + left + " 分钟") + "。", false)
                        .chain(() -> notifier.send(Recipient.inAppOnly(o.advisorId), "REPAIR_UPDATE_OVERDUE", RepairService.params(o, v, op),
                                "工单 " + o.reference + "（" + v.plate + "）超过 " + Durations.zh(rules.updateEvery()) + "未更新进度，系统已自动推送，请尽快亲自联系客户。",
                                o.appointmentId, o.id)));
    }

    /** Orders not READY 30 minutes before their promise: raised once per order and promise. */
    public Uni<Integer> watchPromises() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> due("""
                        update repair_order set delay_risk_for = promised_at
                        where id in (select id from repair_order
                                     where status in ('APPROVED', 'DISPATCHED', 'IN_REPAIR', 'WAITING_PARTS', 'QUALITY_CHECK')
                                       and promised_at <= ?1
                                       and delay_risk_for is distinct from promised_at
                                     order by promised_at limit 200 for update skip locked)
                        returning id
                        """, now.plus(rules.delayNoticeBefore()))
                .chain(orders::byIds)
                .chain(list -> context(now).chain(op -> accounts.activeWith(Role.MANAGER).chain(managers -> Sequential.each(list, o -> {
                    o.delayRiskFor = o.promisedAt;
                    return vehicles.findById(o.vehicleId).chain(v -> accounts.findById(o.advisorId).chain(advisor -> {
                        Map<String, String> p = RepairService.params(o, v, op);
                        p.put("advisorName", advisor.name);
                        p.put("advisorPhone", advisor.phone);
                        String staffText = "工单 " + o.reference + "（" + v.plate + "）距承诺完工 " + RepairService.SHORT.format(o.promisedAt.atZone(op.zone()))
                                + " 不足 " + rules.delayNoticeBefore().toMinutes() + " 分钟仍未完工，且未申报延误：请立即联系客户。";
                        return repair.append(op, o, RepairEventType.DELAY_RISK, o.status,
                                        RepairService.Draft.message("服务顾问 " + advisor.name + " 将与您联系 / your advisor will contact you"))
                                .chain(() -> notifier.send(new Recipient(advisor.id, advisor.phone), "REPAIR_DELAY_RISK", p, staffText, o.appointmentId, o.id))
                                .chain(() -> Sequential.each(managers.stream().filter(m -> !m.id.equals(advisor.id)).toList(),
                                        m -> notifier.send(Recipient.inAppOnly(m.id), "REPAIR_DELAY_RISK", p, staffText, o.appointmentId, o.id)))
                                .chain(() -> repair.tellOwner(o, v, "REPAIR_DELAY_RISK", Map.of("advisorName", advisor.name, "advisorPhone", advisor.phone),
                                        "您的爱车 " + v.plate + " 可能无法在 " + RepairService.SHORT.format(o.promisedAt.atZone(op.zone()))
                                                + " 按时完工，服务顾问 " + advisor.name + "（" + advisor.phone + "）将尽快与您联系。", true));
                    }));
                })).map(x -> list.size()))));
    }

    /** Approved orders not dispatched within 5 minutes; safety-critical work not started within 30. */
    public Uni<Integer> watchDispatch() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> due("""
                        update repair_order set dispatch_alerted_at = ?1
                        where id in (select id from repair_order
                                     where status = 'APPROVED' and approved_at <= ?2 and dispatch_alerted_at is null
                                     order by approved_at limit 200 for update skip locked)
                        returning id
                        """, now, now.minus(rules.dispatchWithin()))
                .chain(orders::byIds)
                .chain(late -> alertWorkshop(late, now, RepairEventType.DISPATCH_OVERDUE, "REPAIR_DISPATCH_OVERDUE",
                        "已确认超过 " + rules.dispatchWithin().toMinutes() + " 分钟仍未派工"))
                .chain(n -> due("""
                                update repair_order set start_alerted_at = ?1
                                where id in (select id from repair_order
                                             where safety_critical and status in ('APPROVED', 'DISPATCHED') and approved_at <= ?2
                                               and start_alerted_at is null
                                             order by approved_at limit 200 for update skip locked)
                                returning id
                                """, now, now.minus(rules.safetyStartWithin()))
                        .chain(orders::byIds)
                        .chain(late -> alertWorkshop(late, now, RepairEventType.START_OVERDUE, "REPAIR_START_OVERDUE",
                                "安全类维修确认超过 " + rules.safetyStartWithin().toMinutes() + " 分钟仍未开工"))
                        .map(m -> n + m)));
    }

    private Uni<Integer> alertWorkshop(List<RepairOrder> late, Instant now, RepairEventType type, String kind, String what) {
        if (late.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return context(now).chain(op -> accounts.activeWith(Role.TEAM_LEAD, Role.MANAGER).chain(people -> Sequential.each(late, o ->
                vehicles.findById(o.vehicleId).chain(v -> repair.append(op, o, type, o.status, RepairService.Draft.message(what))
                        .chain(() -> Sequential.each(people, (Account p) -> notifier.send(
                                o.safetyCritical ? new Recipient(p.id, p.phone) : Recipient.inAppOnly(p.id), kind,
                                RepairService.params(o, v, op), "工单 " + o.reference + "（" + v.plate + "）" + what + "，请立即处理。",
                                o.appointmentId, o.id)))))))
                .map(x -> late.size());
    }

    private Uni<RepairService.Op> context(Instant now) {
        return shop.zone().map(zone -> new RepairService.Op(null, zone, now));
    }

    private Uni<List<UUID>> due(String sql, Object... params) {
        return Panache.getSession().chain(s -> {
            var q = s.createNativeQuery(sql, UUID.class);
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                q.setParameter(i + 1, p instanceof Instant t ? t.atOffset(ZoneOffset.UTC) : p);
            }
            return q.getResultList();
        });
    }

    private static String label(RepairOrder o) {
        return switch (o.status) {
            case DISPATCHED -> "已派工，等待开工 / dispatched";
            case WAITING_PARTS -> "等待配件 / waiting for parts";
            case QUALITY_CHECK -> "质检中 / quality check";
            default -> "维修中 / repairing";
        };
    }

    private static UUID subject(UUID order, String part) {
        return UUID.nameUUIDFromBytes((order + "@" + part).getBytes(StandardCharsets.UTF_8));
    }
}

package io.pitstop.demo;

import io.pitstop.booking.persistence.Vehicle;
import io.pitstop.booking.persistence.VehicleRepository;
import io.pitstop.common.Sequential;
import io.pitstop.complaint.ComplaintAction;
import io.pitstop.complaint.ComplaintCategory;
import io.pitstop.complaint.ComplaintChannel;
import io.pitstop.complaint.ComplaintPriority;
import io.pitstop.complaint.ComplaintStatus;
import io.pitstop.complaint.ComplaintTeam;
import io.pitstop.complaint.RemedyKind;
import io.pitstop.complaint.persistence.Complaint;
import io.pitstop.complaint.persistence.ComplaintRepository;
import io.pitstop.complaint.persistence.ComplaintStep;
import io.pitstop.complaint.persistence.ComplaintStepRepository;
import io.pitstop.feedback.CallOutcome;
import io.pitstop.feedback.CallStatus;
import io.pitstop.feedback.Satisfaction;
import io.pitstop.feedback.persistence.FollowUpAttempt;
import io.pitstop.feedback.persistence.FollowUpAttemptRepository;
import io.pitstop.feedback.persistence.FollowUpCall;
import io.pitstop.feedback.persistence.FollowUpCallRepository;
import io.pitstop.feedback.persistence.Rating;
import io.pitstop.feedback.persistence.RatingRepository;
import io.pitstop.identity.Caller;
import io.pitstop.identity.persistence.Account;
import io.pitstop.identity.persistence.AccountRepository;
import io.pitstop.repair.FaultReproduced;
import io.pitstop.repair.FuelLevel;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.repair.persistence.RepairOrderRepository;
import io.pitstop.repair.service.Acting;
import io.pitstop.repair.service.EventDetails;
import io.pitstop.repair.service.RepairJournal;
import io.pitstop.shop.ShopService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * After delivery, as a shop would have it after a few weeks: visits delivered days ago with ratings (two of them
 * low), follow-up calls in every state, and complaints in every state — 李明 has a remedy to confirm, customer
 * service has calls to make today and a new technical complaint about to miss its 24 hours.
 */
@ApplicationScoped
public class DemoFeedback {

    private final AccountRepository accounts;
    private final VehicleRepository vehicles;
    private final RepairOrderRepository orders;
    private final RatingRepository ratings;
    private final FollowUpCallRepository calls;
    private final FollowUpAttemptRepository attempts;
    private final ComplaintRepository complaints;
    private final ComplaintStepRepository steps;
    private final RepairJournal repair;
    private final ShopService shop;

    public DemoFeedback(AccountRepository accounts, VehicleRepository vehicles, RepairOrderRepository orders, RatingRepository ratings,
                        FollowUpCallRepository calls, FollowUpAttemptRepository attempts, ComplaintRepository complaints,
                        ComplaintStepRepository steps, RepairJournal repair, ShopService shop) {
        this.accounts = accounts;
        this.vehicles = vehicles;
        this.orders = orders;
        this.ratings = ratings;
        this.calls = calls;
        this.attempts = attempts;
        this.complaints = complaints;
        this.steps = steps;
        this.repair = repair;
        this.shop = shop;
    }

    private record Ctx(Map<String, Account> people, Map<String, Vehicle> cars, ZoneId zone, Instant now) {
        Account p(String phone) {
            return people.get(phone);
        }

        Instant ago(Duration d) {
            return now.minus(d);
        }
    }

    Uni<Void> seed(Instant now) {
        return accounts.listAll().chain(all -> vehicles.listAll().chain(cars -> shop.zone().chain(zone -> {
            Ctx x = new Ctx(all.stream().collect(Collectors.toMap(a -> a.phone, Function.identity())),
                    cars.stream().collect(Collectors.toMap(v -> v.plate, Function.identity())), zone, now);
            List<Supplier<Uni<Void>>> work = List.of(
                    () -> visit(x, "RO-HIST01", "沪A12345", "13800000002", 9, "保养后异响").chain(o -> rate(x, o, 2, 3, 4, 1, 3, "等待太久|沟通不足",
                                    "说好 5 点交车，7 点才拿到车")
                            .chain(() -> call(x, o, CallStatus.PROBLEM, 1, "交车延误，希望有个说法", true))
                            .chain(() -> complaint(x, o, "TS", ComplaintCategory.DELIVERY_TIME, ComplaintChannel.APP, ComplaintStatus.CUSTOMER_INFORMED,
                                    Duration.ofDays(8), "承诺 17:00 交车，实际 19:10 才交车，也没人提前通知。", "等待太久"))),
                    () -> visit(x, "RO-HIST02", "沪B88888", "13800000003", 5, "更换轮胎").chain(o -> call(x, o, CallStatus.OPEN, 0, null, false)),
                    () -> visit(x, "RO-HIST03", "沪AF24680", "13800000003", 4, "12V battery replacement").chain(o -> rate(x, o, 5, 5, 5, 4, 4, "专业|准时", "Quick and friendly")
                            .chain(() -> call(x, o, CallStatus.OPEN, 1, null, false))
                            .chain(() -> complaint(x, o, "TS", ComplaintCategory.PRICE, ComplaintChannel.WECHAT, ComplaintStatus.INVESTIGATING,
                                    Duration.ofHours(20), "The battery cost more than the price list on the website.", "价格偏高"))),
                    () -> visit(x, "RO-HIST04", "沪C12345", "13800000002", 12, "更换刹车片").chain(o -> rate(x, o, 4, 4, 4, 4, 3, "专业", null)
                            .chain(() -> call(x, o, CallStatus.UNREACHABLE, 4, null, false))
                            .chain(() -> complaint(x, o, "TS", ComplaintCategory.ATTITUDE, ComplaintChannel.PHONE, ComplaintStatus.ACKNOWLEDGED,
                                    Duration.ofHours(30), "前台接待不耐烦。", "态度"))),
                    () -> visit(x, "RO-HIST05", "沪D23456", "13800000003", 6, "发动机抖动").chain(o -> rate(x, o, 1, 2, 1, 3, 3, "问题未解决",
                                    "抖动依旧")
                            .chain(() -> call(x, o, CallStatus.PROBLEM, 1, "发动机仍有抖动，希望再检查一次", false))
                            .chain(() -> complaint(x, o, "TS", ComplaintCategory.TECHNICAL, ComplaintChannel.APP, ComplaintStatus.NEW,
                                    Duration.ofHours(20), "修完第二天发动机又开始抖，故障灯亮了。", "问题未解决|返修"))),
                    () -> visit(x, "RO-HIST06", "沪E34567", "13800000002", 2, "小保养").chain(o -> rate(x, o, 5, 5, 5, 5, 5, "服务热情|准时", "很满意")),
                    () -> visit(x, "RO-HIST07", "沪G56789", "13800000002", 20, "空调检修").chain(o -> call(x, o, CallStatus.DONE, 1, null, false)
                            .chain(() -> complaint(x, o, "TS", ComplaintCategory.PROCESS, ComplaintChannel.WEB, ComplaintStatus.REMEDY_PROPOSED,
                                    Duration.ofHours(26), "预约流程太繁琐，电话一直占线。", "流程"))),
                    () -> visit(x, "RO-HIST08", "沪H67890", "13800000003", 15, "钣金修复").chain(o -> call(x, o, CallStatus.DONE, 1, null, false)
                            .chain(() -> complaint(x, o, "TS", ComplaintCategory.ATTITUDE, ComplaintChannel.ON_SITE, ComplaintStatus.REOPENED,
                                    Duration.ofHours(40), "技师在车内抽烟。", "态度"))),
                    () -> visit(x, "RO-HIST09", "沪F45678", "13800000003", 35, "大保养").chain(o -> rate(x, o, 4, 5, 4, 4, 3, "价格偏高", null)
                            .chain(() -> call(x, o, CallStatus.DONE, 2, null, false))
                            .chain(() -> complaint(x, o, "TS", ComplaintCategory.PRICE, ComplaintChannel.PHONE, ComplaintStatus.CLOSED,
                                    Duration.ofDays(33), "工时费比报价多了 200 元。", "价格偏高"))));
            return Sequential.each(work, Supplier::get);
        })));
    }

    /** A visit delivered {@code days} ago, with its reception, approval, repair and hand-over as events. */
    private Uni<RepairOrder> visit(Ctx x, String reference, String plate, String advisorPhone, int days, String symptoms) {
        Vehicle car = x.cars().get(plate);
        Account advisor = x.p(advisorPhone);
        Account tech = x.p("13800000005");
        Instant in = x.ago(Duration.ofDays(days).plusHours(6));
        RepairOrder o = new RepairOrder();
        o.id = UUID.randomUUID();
        o.reference = reference;
        o.customerId = car.customerId;
        o.vehicleId = car.id;
        o.advisorId = advisor.id;
        o.technicianId = tech.id;
        o.status = RepairStatus.CHECKED_IN;
        o.mileageKm = Math.max(0, car.mileageKm - 1500);
        o.fuelLevel = FuelLevel.HALF;
        o.symptoms = symptoms;
        o.faultReproduced = FaultReproduced.YES;
        o.checkedInAt = in;
        o.createdBy = advisor.id;
        o.expectedMinutes = 120;
        return orders.persist(o)
                .chain(() -> event(x, o, in, advisor, RepairEventType.CHECKED_IN, null, symptoms))
                .chain(() -> {
                    o.status = RepairStatus.APPROVED;
                    o.approvedAt = in.plus(Duration.ofMinutes(30));
                    o.promisedAt = o.approvedAt.plus(Duration.ofHours(2));
                    return event(x, o, o.approvedAt, x.people().values().stream().filter(a -> a.id.equals(o.customerId)).findFirst().orElseThrow(),
                            RepairEventType.APPROVED, RepairStatus.AWAITING_APPROVAL, null);
                })
                .chain(() -> {
                    o.status = RepairStatus.IN_REPAIR;
                    o.dispatchedAt = o.approvedAt.plus(Duration.ofMinutes(4));
                    o.repairStartedAt = o.dispatchedAt.plus(Duration.ofMinutes(10));
                    return event(x, o, o.repairStartedAt, tech, RepairEventType.REPAIR_STARTED, RepairStatus.DISPATCHED, null);
                })
                .chain(() -> {
                    o.status = RepairStatus.READY;
                    o.readyAt = o.repairStartedAt.plus(Duration.ofMinutes(100));
                    return event(x, o, o.readyAt, x.p("13800000007"), RepairEventType.READY, RepairStatus.QUALITY_CHECK, null);
                })
                .chain(() -> {
                    o.status = RepairStatus.DELIVERED;
                    o.settlementIssuedAt = o.readyAt.plus(Duration.ofMinutes(10));
                    o.settlementAcknowledgedAt = o.settlementIssuedAt.plus(Duration.ofMinutes(5));
                    o.settlementAcknowledgedBy = o.customerId;
                    o.deliveredAt = o.settlementAcknowledgedAt.plus(Duration.ofMinutes(5));
                    o.nextServiceDueDate = LocalDate.ofInstant(o.deliveredAt, x.zone()).plusMonths(6);
                    o.nextServiceDueKm = o.mileageKm + 10_000;
                    return event(x, o, o.deliveredAt, advisor, RepairEventType.DELIVERED, RepairStatus.READY, null);
                })
                .replaceWith(o);
    }

    private Uni<Void> rate(Ctx x, RepairOrder o, int overall, int attitude, int professionalism, int speed, int price, String tags, String comment) {
        Rating r = new Rating();
        r.orderId = o.id;
        r.customerId = o.customerId;
        r.advisorId = o.advisorId;
        r.technicianId = o.technicianId;
        r.overall = (short) overall;
        r.attitude = (short) attitude;
        r.professionalism = (short) professionalism;
        r.speed = (short) speed;
        r.priceFairness = (short) price;
        r.score = Satisfaction.score(overall, attitude, professionalism, speed, price);
        r.low = Satisfaction.low(overall, attitude, professionalism, speed, price);
        r.tags = tags;
        r.comment = comment;
        r.createdAt = o.deliveredAt.plus(Duration.ofHours(2));
        r.updatedAt = r.createdAt;
        r.editableUntil = r.createdAt.plus(Duration.ofHours(24));
        return ratings.persist(r).replaceWithVoid();
    }

    private Uni<Void> call(Ctx x, RepairOrder o, CallStatus status, int failedOrDone, String problem, boolean problemResolved) {
        Account cs = x.p("13800000008");
        FollowUpCall c = new FollowUpCall();
        c.id = UUID.randomUUID();
        c.orderId = o.id;
        c.customerId = o.customerId;
        c.assigneeId = cs.id;
        c.status = status;
        c.availableFrom = o.deliveredAt.plus(Duration.ofDays(3));
        c.dueAt = o.deliveredAt.plus(Duration.ofDays(7));
        c.createdAt = c.availableFrom;
        LocalDate today = LocalDate.ofInstant(x.now(), x.zone());
        c.nextAttemptOn = today;
        List<FollowUpAttempt> log = new ArrayList<>();
        CallOutcome outcome = switch (status) {
            case OPEN, UNREACHABLE -> CallOutcome.NOT_REACHED;
            case DONE -> CallOutcome.REACHED;
            case PROBLEM -> CallOutcome.PROBLEM;
        };
        for (int i = 0; i < failedOrDone; i++) {
            FollowUpAttempt a = new FollowUpAttempt();
            a.callId = c.id;
            a.at = c.availableFrom.plus(Duration.ofDays(i)).plus(Duration.ofHours(2));
            a.byId = cs.id;
            a.byName = cs.name;
            a.outcome = i < failedOrDone - 1 ? CallOutcome.NOT_REACHED : outcome;
            a.notes = a.outcome == CallOutcome.NOT_REACHED ? "无人接听" : a.outcome == CallOutcome.REACHED ? "客户表示满意" : problem;
            log.add(a);
        }
        c.attempts = (short) failedOrDone;
        if (status == CallStatus.OPEN && failedOrDone > 0) {
            // Tried yesterday without reaching anyone: to try again today.
            log.get(log.size() - 1).at = x.ago(Duration.ofDays(1));
        }
        if (status == CallStatus.DONE || status == CallStatus.UNREACHABLE) {
            c.completedAt = log.isEmpty() ? c.availableFrom : log.get(log.size() - 1).at;
            c.satisfaction = status == CallStatus.DONE ? (short) 4 : null;
        }
        if (status == CallStatus.PROBLEM) {
            c.problem = problem;
            c.problemOwnerId = o.advisorId;
            c.problemDueAt = log.get(0).at.plus(Duration.ofDays(5));
            c.satisfaction = 2;
            if (problemResolved) {
                c.problemResolvedAt = log.get(0).at.plus(Duration.ofDays(1));
                c.problemResolution = "已向客户致歉，赠送一次免费洗车";
                c.status = CallStatus.DONE;
                c.completedAt = c.problemResolvedAt;
            }
        }
        return calls.persist(c).chain(() -> log.isEmpty() ? Uni.createFrom().voidItem() : attempts.persist(log)).replaceWithVoid();
    }

    private Uni<Void> complaint(Ctx x, RepairOrder o, String prefix, ComplaintCategory category, ComplaintChannel channel, ComplaintStatus status,
                                Duration age, String content, String tags) {
        Instant filed = x.ago(age);
        ComplaintTeam team = switch (category) {
            case TECHNICAL -> ComplaintTeam.TECHNICAL_SUPPORT;
            case DELIVERY_TIME -> ComplaintTeam.ORDER_ADVISOR;
            default -> ComplaintTeam.CUSTOMER_RELATIONS;
        };
        Account owner = switch (team) {
            case TECHNICAL_SUPPORT -> x.p("13800000004");
            case ORDER_ADVISOR -> x.people().values().stream().filter(a -> a.id.equals(o.advisorId)).findFirst().orElseThrow();
            case CUSTOMER_RELATIONS -> x.p("13800000008");
        };
        Account customer = x.people().values().stream().filter(a -> a.id.equals(o.customerId)).findFirst().orElseThrow();
        Account staffFiler = x.p("13800000008");
        ComplaintPriority priority = category == ComplaintCategory.TECHNICAL ? ComplaintPriority.HIGH
                : category == ComplaintCategory.PROCESS ? ComplaintPriority.LOW : ComplaintPriority.MEDIUM;
        Complaint c = new Complaint();
        c.id = UUID.randomUUID();
        c.customerId = customer.id;
        c.orderId = o.id;
        c.channel = channel;
        c.category = category;
        c.priority = priority;
        c.suggestedPriority = priority;
        c.team = team;
        c.ownerId = owner.id;
        c.status = ComplaintStatus.NEW;
        c.content = content;
        c.tags = tags;
        c.createdAt = filed;
        c.createdBy = channel == ComplaintChannel.APP ? customer.id : staffFiler.id;
        c.answerDueAt = filed.plus(Duration.ofHours(24));
        c.resolveDueAt = filed.plus(Duration.ofHours(48));
        List<ComplaintStep> trail = new ArrayList<>();
        trail.add(step(c, filed, channel == ComplaintChannel.APP ? customer : staffFiler, ComplaintAction.FILED, null, ComplaintStatus.NEW,
                channel + " · " + team + " · " + owner.name));
        List<ComplaintStatus> path = List.of(ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.INVESTIGATING, ComplaintStatus.REMEDY_PROPOSED,
                ComplaintStatus.CUSTOMER_INFORMED);
        int reach = switch (status) {
            case NEW -> 0;
            case ACKNOWLEDGED -> 1;
            case INVESTIGATING -> 2;
            case REMEDY_PROPOSED -> 3;
            case CUSTOMER_INFORMED, REOPENED, CLOSED -> 4;
        };
        Instant t = filed;
        for (int i = 0; i < reach; i++) {
            t = t.plus(Duration.ofHours(i == 0 ? 3 : 5));
            ComplaintStatus before = c.status;
            c.status = path.get(i);
            ComplaintAction action = switch (c.status) {
                case ACKNOWLEDGED -> ComplaintAction.ACKNOWLEDGE;
                case INVESTIGATING -> ComplaintAction.INVESTIGATE;
                case REMEDY_PROPOSED -> ComplaintAction.PROPOSE_REMEDY;
                default -> ComplaintAction.INFORM_CUSTOMER;
            };
            String note = null;
            if (c.status == ComplaintStatus.ACKNOWLEDGED) {
                c.answeredAt = t;
                note = "已致电客户，致歉并了解情况";
            }
            if (c.status == ComplaintStatus.REMEDY_PROPOSED) {
                c.remedyKind = category == ComplaintCategory.TECHNICAL ? RemedyKind.REWORK : RemedyKind.COMPENSATION;
                c.remedyDetail = category == ComplaintCategory.PRICE ? "退还多收的 200 元工时费" : "赠送一次免费保养并书面致歉";
                c.remedyOwnerId = owner.id;
                c.remedyDeadline = t.plus(Duration.ofDays(2));
                note = c.remedyKind + ": " + c.remedyDetail;
            }
            if (c.status == ComplaintStatus.CUSTOMER_INFORMED) {
                c.resolvedAt = t;
                c.pausedSince = t;
            }
            trail.add(step(c, t, owner, action, before, c.status, note));
        }
        if (status == ComplaintStatus.REOPENED || status == ComplaintStatus.CLOSED) {
            t = t.plus(Duration.ofHours(4));
            c.pausedSeconds = Duration.between(c.pausedSince, t).getSeconds();
            if (status == ComplaintStatus.REOPENED) {
                c.resolveDueAt = c.resolveDueAt.plusSeconds(c.pausedSeconds);
                c.resolvedAt = null;
            }
            c.pausedSince = null;
            c.status = status;
            if (status == ComplaintStatus.CLOSED) {
                c.closedAt = t;
                c.satisfaction = 4;
            }
            trail.add(step(c, t, customer, status == ComplaintStatus.CLOSED ? ComplaintAction.CONFIRMED : ComplaintAction.REJECTED,
                    ComplaintStatus.CUSTOMER_INFORMED, status, status == ComplaintStatus.CLOSED ? "★4 满意" : "处理结果不能接受"));
        }
        if (status == ComplaintStatus.NEW && age.compareTo(Duration.ofHours(18)) >= 0) {
            c.answerWarnedAt = filed.plus(Duration.ofHours(18));
            trail.add(step(c, c.answerWarnedAt, null, ComplaintAction.ESCALATED, ComplaintStatus.NEW, ComplaintStatus.NEW, "COMPLAINT_ANSWER_WARNING"));
        }
        LocalDate day = LocalDate.ofInstant(filed, x.zone());
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into complaint_counter (day, last) values (?1, 1)
                        on conflict (day) do update set last = complaint_counter.last + 1 returning last""", Integer.class)
                        .setParameter(1, day).getSingleResult())
                .chain(n -> {
                    c.number = prefix + "-" + java.time.format.DateTimeFormatter.BASIC_ISO_DATE.format(day) + "-" + String.format("%04d", n);
                    return complaints.persist(c);
                })
                .chain(() -> steps.persist(trail)).replaceWithVoid();
    }

    private static ComplaintStep step(Complaint c, Instant at, Account who, ComplaintAction action, ComplaintStatus from, ComplaintStatus to,
                                      String note) {
        ComplaintStep s = new ComplaintStep();
        s.complaintId = c.id;
        s.at = at;
        s.actorId = who == null ? null : who.id;
        s.actorName = who == null ? null : who.name;
        s.actorRole = who == null ? null : who.role.name();
        s.action = action;
        s.fromStatus = from;
        s.toStatus = to;
        s.note = note;
        return s;
    }

    private Uni<Void> event(Ctx x, RepairOrder o, Instant at, Account who, RepairEventType type, RepairStatus from, String message) {
        Caller actor = new Caller(who.id.toString(), who.role, who.name, Set.of());
        return repair.append(new Acting(actor, x.zone(), at), o, type, from, EventDetails.message(message)).replaceWithVoid();
    }
}

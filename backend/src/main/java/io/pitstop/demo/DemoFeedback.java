package io.pitstop.demo;

import io.pitstop.booking.persistence.Vehicle;
import io.pitstop.booking.persistence.VehicleRepository;
import io.pitstop.common.Sequential;
import io.pitstop.complaint.ComplaintAction;
import io.pitstop.complaint.ComplaintAlarm;
import io.pitstop.complaint.ComplaintCategory;
import io.pitstop.complaint.ComplaintChannel;
import io.pitstop.complaint.ComplaintRequest;
import io.pitstop.complaint.ComplaintRoutingReason;
import io.pitstop.complaint.ComplaintStatus;
import io.pitstop.complaint.ComplaintStepFacts;
import io.pitstop.complaint.ComplaintTeam;
import io.pitstop.complaint.RemedyKind;
import io.pitstop.complaint.persistence.Complaint;
import io.pitstop.complaint.service.ComplaintConfirmation;
import io.pitstop.complaint.service.ComplaintDeadlines;
import io.pitstop.complaint.service.ComplaintFlow;
import io.pitstop.complaint.service.ComplaintIntake;
import io.pitstop.complaint.service.ComplaintJournal;
import io.pitstop.complaint.service.ComplaintJournal.Actor;
import io.pitstop.complaint.service.ComplaintRouting;
import io.pitstop.complaint.service.ComplaintRules;
import io.pitstop.demo.DemoRepairSteps.Day;
import io.pitstop.feedback.CallOutcome;
import io.pitstop.feedback.CallStatus;
import io.pitstop.feedback.RatingRequest;
import io.pitstop.feedback.persistence.FollowUpAttempt;
import io.pitstop.feedback.persistence.FollowUpAttemptRepository;
import io.pitstop.feedback.persistence.FollowUpCall;
import io.pitstop.feedback.persistence.FollowUpCallRepository;
import io.pitstop.feedback.persistence.RatingRepository;
import io.pitstop.feedback.service.FollowUpRules;
import io.pitstop.feedback.service.VisitRatings;
import io.pitstop.identity.persistence.Account;
import io.pitstop.identity.persistence.AccountRepository;
import io.pitstop.repair.FaultReproduced;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.repair.persistence.RepairOrderRepository;
import io.pitstop.repair.service.RepairLookup;
import io.pitstop.shop.ShopService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * After delivery, as a shop would have it after a few weeks: visits delivered days ago with ratings (two of them
 * low), follow-up calls in every state, and complaints in every state — 李明 has a remedy to confirm, customer
 * service has calls to make today and a new technical complaint about to miss its 24 hours. Ratings and complaints
 * are made by the rules of their capabilities (score, routing, numbers, clocks, journal), as of the past.
 */
@ApplicationScoped
public class DemoFeedback {

    private final AccountRepository accounts;
    private final VehicleRepository vehicles;
    private final RepairOrderRepository orders;
    private final RatingRepository ratings;
    private final FollowUpCallRepository calls;
    private final FollowUpAttemptRepository attempts;
    private final ComplaintJournal journal;
    private final ComplaintRules complaintRules;
    private final FollowUpRules followUps;
    private final DemoRepairSteps steps;
    private final ShopService shop;

    public DemoFeedback(AccountRepository accounts, VehicleRepository vehicles, RepairOrderRepository orders, RatingRepository ratings,
                        FollowUpCallRepository calls, FollowUpAttemptRepository attempts, ComplaintJournal journal,
                        ComplaintRules complaintRules, FollowUpRules followUps, DemoRepairSteps steps, ShopService shop) {
        this.accounts = accounts;
        this.vehicles = vehicles;
        this.orders = orders;
        this.ratings = ratings;
        this.calls = calls;
        this.attempts = attempts;
        this.journal = journal;
        this.complaintRules = complaintRules;
        this.followUps = followUps;
        this.steps = steps;
        this.shop = shop;
    }

    private record Ctx(Map<String, Account> people, Map<String, Vehicle> cars, ZoneId zone, Instant now) {
        Account p(String phone) {
            return people.get(phone);
        }

        Account byId(UUID id) {
            return people.values().stream().filter(a -> a.id.equals(id)).findFirst().orElseThrow();
        }

        Instant ago(Duration d) {
            return now.minus(d);
        }
    }

    Uni<Void> seed(Instant now) {
        return accounts.listAll().chain(all -> vehicles.listAll().chain(cars -> shop.zone().chain(zone -> {
            Ctx x = new Ctx(all.stream().collect(Collectors.toMap(a -> a.phone, Function.identity())),
                    // A plate may be on file twice (two owners claimed one car); the demo's own plates are not.
                    cars.stream().collect(Collectors.toMap(v -> v.plate, Function.identity(), (first, second) -> first)), zone, now);
            List<Supplier<Uni<Void>>> work = List.of(
                    () -> visit(x, "RO-HIST01", "沪A12345", "13800000002", 9, "保养后异响").chain(o -> rate(x, o, 2, 3, 4, 1, 3, "等待太久|沟通不足",
                                    "说好 5 点交车，7 点才拿到车")
                            .chain(() -> call(x, o, CallStatus.PROBLEM, 1, "交车延误，希望有个说法", true))
                            .chain(() -> complaint(x, o, ComplaintCategory.DELIVERY_TIME, ComplaintChannel.APP, ComplaintStatus.CUSTOMER_INFORMED,
                                    Duration.ofDays(8), "承诺 17:00 交车，实际 19:10 才交车，也没人提前通知。", "等待太久"))),
                    () -> visit(x, "RO-HIST02", "沪B88888", "13800000003", 5, "更换轮胎").chain(o -> call(x, o, CallStatus.OPEN, 0, null, false)),
                    () -> visit(x, "RO-HIST03", "沪AF24680", "13800000003", 4, "12V battery replacement").chain(o -> rate(x, o, 5, 5, 5, 4, 4, "专业|准时", "Quick and friendly")
                            .chain(() -> call(x, o, CallStatus.OPEN, 1, null, false))
                            .chain(() -> complaint(x, o, ComplaintCategory.PRICE, ComplaintChannel.WECHAT, ComplaintStatus.INVESTIGATING,
                                    Duration.ofHours(20), "The battery cost more than the price list on the website.", "价格偏高"))),
                    () -> visit(x, "RO-HIST04", "沪C12345", "13800000002", 12, "更换刹车片").chain(o -> rate(x, o, 4, 4, 4, 4, 3, "专业", null)
                            .chain(() -> call(x, o, CallStatus.UNREACHABLE, 4, null, false))
                            .chain(() -> complaint(x, o, ComplaintCategory.ATTITUDE, ComplaintChannel.PHONE, ComplaintStatus.ACKNOWLEDGED,
                                    Duration.ofHours(30), "前台接待不耐烦。", "态度"))),
                    () -> visit(x, "RO-HIST05", "沪D23456", "13800000003", 6, "发动机抖动").chain(o -> rate(x, o, 1, 2, 1, 3, 3, "问题未解决",
                                    "抖动依旧")
                            .chain(() -> call(x, o, CallStatus.PROBLEM, 1, "发动机仍有抖动，希望再检查一次", false))
                            .chain(() -> complaint(x, o, ComplaintCategory.TECHNICAL, ComplaintChannel.APP, ComplaintStatus.NEW,
                                    Duration.ofHours(20), "修完第二天发动机又开始抖，故障灯亮了。", "问题未解决|返修"))),
                    () -> visit(x, "RO-HIST06", "沪E34567", "13800000002", 2, "小保养").chain(o -> rate(x, o, 5, 5, 5, 5, 5, "服务热情|准时", "很满意")),
                    () -> visit(x, "RO-HIST07", "沪G56789", "13800000002", 20, "空调检修").chain(o -> call(x, o, CallStatus.DONE, 1, null, false)
                            .chain(() -> complaint(x, o, ComplaintCategory.PROCESS, ComplaintChannel.WEB, ComplaintStatus.REMEDY_PROPOSED,
                                    Duration.ofHours(26), "预约流程太繁琐，电话一直占线。", "流程"))),
                    () -> visit(x, "RO-HIST08", "沪H67890", "13800000003", 15, "钣金修复").chain(o -> call(x, o, CallStatus.DONE, 1, null, false)
                            .chain(() -> complaint(x, o, ComplaintCategory.ATTITUDE, ComplaintChannel.ON_SITE, ComplaintStatus.REOPENED,
                                    Duration.ofHours(40), "技师在车内抽烟。", "态度"))),
                    () -> visit(x, "RO-HIST09", "沪F45678", "13800000003", 35, "大保养").chain(o -> rate(x, o, 4, 5, 4, 4, 3, "价格偏高", null)
                            .chain(() -> call(x, o, CallStatus.DONE, 2, null, false))
                            .chain(() -> complaint(x, o, ComplaintCategory.PRICE, ComplaintChannel.PHONE, ComplaintStatus.CLOSED,
                                    Duration.ofDays(33), "工时费比报价多了 200 元。", "价格偏高"))));
            return Sequential.each(work, Supplier::get);
        })));
    }

    /** A visit delivered {@code days} ago, with its reception, approval, repair and hand-over as events. */
    private Uni<RepairOrder> visit(Ctx x, String reference, String plate, String advisorPhone, int days, String symptoms) {
        Vehicle car = x.cars().get(plate);
        Account advisor = x.p(advisorPhone);
        Account tech = x.p("13800000005");
        Day d = new Day(x.people(), x.zone(), x.now());
        // Checked in at 09:30 that day, so that the visit's steps (the last 164 minutes later) lie in opening hours.
        Instant checkIn = x.now().atZone(x.zone()).toLocalDate().minusDays(days).atTime(9, 30).atZone(x.zone()).toInstant();
        int in = (int) Duration.between(checkIn, x.now()).toMinutes();
        RepairOrder o = steps.order(d, car, advisor, reference, in, symptoms, FaultReproduced.YES, false);
        o.mileageKm = Math.max(0, car.mileageKm - 1500);
        o.expectedMinutes = 120;
        return steps.start(d, o, in, advisor)
                .chain(() -> steps.approve(d, o, in - 30))
                .chain(() -> steps.dispatch(d, o, in - 34, tech))
                .chain(() -> steps.move(d, o, in - 44, tech, RepairStatus.IN_REPAIR, RepairEventType.REPAIR_STARTED, null))
                .chain(() -> steps.move(d, o, in - 144, x.p("13800000007"), RepairStatus.READY, RepairEventType.READY, null))
                .chain(() -> {
                    o.settlementIssuedAt = d.ago(in - 154);
                    return steps.acknowledge(d, o, in - 159, x.byId(o.customerId));
                })
                .chain(() -> steps.deliver(d, o, in - 164, advisor))
                .replaceWith(o);
    }

    private Uni<Void> rate(Ctx x, RepairOrder o, int overall, int attitude, int professionalism, int speed, int price, String tags, String comment) {
        RatingRequest req = new RatingRequest(overall, attitude, professionalism, speed, price, List.of(tags.split("\\|")), comment);
        return ratings.persist(VisitRatings.given(RepairLookup.ref(o), req, o.deliveredAt.plus(Duration.ofHours(2)))).replaceWithVoid();
    }

    /** A follow-up call with {@code tries} attempts by customer service, the last of them giving the call its status. */
    private Uni<Void> call(Ctx x, RepairOrder o, CallStatus status, int tries, String problem, boolean problemResolved) {
        Account cs = x.p("13800000008");
        FollowUpCall c = new FollowUpCall();
        c.id = UUID.randomUUID();
        c.orderId = o.id;
        c.customerId = o.customerId;
        c.assigneeId = cs.id;
        c.status = status;
        c.availableFrom = o.deliveredAt.plus(followUps.delay());
        c.dueAt = o.deliveredAt.plus(followUps.dueWithin());
        c.createdAt = c.availableFrom;
        c.nextAttemptOn = LocalDate.ofInstant(x.now(), x.zone());
        c.attempts = (short) tries;
        CallOutcome last = switch (status) {
            case OPEN, UNREACHABLE -> CallOutcome.NOT_REACHED;
            case DONE -> CallOutcome.REACHED;
            case PROBLEM -> CallOutcome.PROBLEM;
        };
        List<FollowUpAttempt> log = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            FollowUpAttempt a = new FollowUpAttempt();
            a.callId = c.id;
            // An open call was tried yesterday without reaching anyone: to try again today.
            a.at = status == CallStatus.OPEN && i == tries - 1 ? x.ago(Duration.ofDays(1)) : c.availableFrom.plus(Duration.ofDays(i).plusHours(2));
            a.byId = cs.id;
            a.byName = cs.name;
            a.outcome = i < tries - 1 ? CallOutcome.NOT_REACHED : last;
            a.notes = a.outcome == CallOutcome.NOT_REACHED ? "无人接听" : a.outcome == CallOutcome.REACHED ? "客户表示满意" : problem;
            log.add(a);
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

    /**
     * A complaint filed {@code age} ago and handled up to {@code status} as the shop would have: routed by its category,
     * numbered and journalled step by step, its clocks started, stopped and paused by the complaint rules.
     */
    private Uni<Void> complaint(Ctx x, RepairOrder o, ComplaintCategory category, ComplaintChannel channel, ComplaintStatus status,
                                Duration age, String content, String tags) {
        // The owner files in the app at any hour; customer service records the other channels while the shop is open.
        Instant filed = channel == ComplaintChannel.APP ? x.ago(age) : DemoData.inHours(x.ago(age));
        ComplaintTeam team = ComplaintRouting.teamFor(category);
        Account customer = x.byId(o.customerId);
        // Never owned by the person it is about: a delivery-time complaint about the order's advisor goes to the other advisor.
        UUID subjectId = ComplaintRouting.subjectOf(category, RepairLookup.ref(o));
        Account advisor = x.byId(o.advisorId);
        Account otherAdvisor = x.p(advisor.phone.equals("13800000002") ? "13800000003" : "13800000002");
        Account owner = switch (team) {
            case TECHNICAL_SUPPORT -> x.p("13800000004");
            case ORDER_ADVISOR -> subjectId == null ? advisor : otherAdvisor;
            case CUSTOMER_RELATIONS -> x.p("13800000008");
        };
        ComplaintRoutingReason reason = team == ComplaintTeam.ORDER_ADVISOR && subjectId != null ? ComplaintRoutingReason.AWAY_FROM_SUBJECT
                : team == ComplaintTeam.ORDER_ADVISOR ? ComplaintRoutingReason.ORDER_ADVISOR : ComplaintRoutingReason.TEAM_MEMBER;
        Account filer = channel == ComplaintChannel.APP ? customer : x.p("13800000008");
        ComplaintRequest req = new ComplaintRequest(content, category, o.id, List.of(tags.split("\\|")), channel, null, null, null);
        Complaint c = ComplaintIntake.filed(req, channel, customer.id, RepairLookup.ref(o), owner.id, filer.id, filed, complaintRules);
        c.subjectId = subjectId;
        List<ComplaintAction> path = List.of(ComplaintAction.ACKNOWLEDGE, ComplaintAction.INVESTIGATE, ComplaintAction.PROPOSE_REMEDY,
                ComplaintAction.INFORM_CUSTOMER);
        int reach = switch (status) {
            case NEW -> 0;
            case ACKNOWLEDGED -> 1;
            case INVESTIGATING -> 2;
            case REMEDY_PROPOSED -> 3;
            case CUSTOMER_INFORMED, REOPENED, CLOSED -> 4;
        };
        Uni<Void> chain = journal.open(c, actor(filer), ComplaintStepFacts.filed(channel, team, reason, owner.name,
                subjectId == null ? null : advisor.name));
        Instant t = filed;
        for (int i = 0; i < reach; i++) {
            Instant at = t = t.plus(Duration.ofHours(i == 0 ? 3 : 5));
            ComplaintAction action = path.get(i);
            chain = chain.chain(() -> handled(c, owner, action, at));
        }
        if (status == ComplaintStatus.REOPENED || status == ComplaintStatus.CLOSED) {
            Instant at = t.plus(Duration.ofHours(4));
            boolean accepted = status == ComplaintStatus.CLOSED;
            chain = chain.chain(() -> {
                ComplaintConfirmation.answer(c, accepted, accepted ? 4 : null, complaintRules.resolveWithin(c.priority), at);
                return journal.record(c, actor(customer), accepted ? ComplaintAction.CONFIRMED : ComplaintAction.REJECTED,
                        ComplaintStatus.CUSTOMER_INFORMED, accepted ? "满意" : "处理结果不能接受", List.of(),
                        accepted ? ComplaintStepFacts.rated(4) : null, at);
            });
        }
        Duration warnAfter = Duration.ofSeconds((long) (complaintRules.answerWithin(c.priority).toSeconds() * complaintRules.warnAt()));
        if (status == ComplaintStatus.NEW && age.compareTo(warnAfter) >= 0) {
            chain = chain.chain(() -> {
                c.answerWarnedAt = filed.plus(warnAfter);
                return journal.record(c, Actor.SYSTEM, ComplaintAction.ESCALATED, ComplaintStatus.NEW, null, List.of(),
                        ComplaintStepFacts.alarm(ComplaintAlarm.COMPLAINT_ANSWER_WARNING), c.answerWarnedAt);
            });
        }
        return chain;
    }

    /** A step of the shop's, taken by the owner at that time. */
    private Uni<Void> handled(Complaint c, Account owner, ComplaintAction action, Instant at) {
        ComplaintStatus before = c.status;
        ComplaintFlow.move(c, action).takeOn(c);
        String note = null;
        ComplaintStepFacts facts = null;
        switch (action) {
            case ACKNOWLEDGE -> {
                ComplaintDeadlines.answered(c, at);
                note = "已致电客户，致歉并了解情况";
            }
            case PROPOSE_REMEDY -> {
                c.remedyKind = c.category == ComplaintCategory.TECHNICAL ? RemedyKind.REWORK : RemedyKind.COMPENSATION;
                c.remedyDetail = c.category == ComplaintCategory.PRICE ? "退还多收的 200 元工时费" : "赠送一次免费保养并书面致歉";
                c.remedyOwnerId = owner.id;
                c.remedyDeadline = at.plus(Duration.ofDays(2));
                facts = ComplaintStepFacts.remedy(c.remedyKind, c.remedyDetail, owner.name);
            }
            case INFORM_CUSTOMER -> ComplaintDeadlines.resolved(c, at);
            default -> {
            }
        }
        return journal.record(c, actor(owner), action, before, note, List.of(), facts, at);
    }

    private static Actor actor(Account a) {
        return new Actor(a.id, a.name, a.role.name());
    }

}

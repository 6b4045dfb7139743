package io.pitstop.feedback.service;

import io.pitstop.booking.persistence.Vehicle;
import io.pitstop.booking.persistence.VehicleRepository;
import io.pitstop.common.ConflictException;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.NotFoundException;
import io.pitstop.feedback.CallAttemptView;
import io.pitstop.feedback.CallOutcome;
import io.pitstop.feedback.CallOutcomeRequest;
import io.pitstop.feedback.CallProblemView;
import io.pitstop.feedback.CallStatus;
import io.pitstop.feedback.FollowUpCallView;
import io.pitstop.feedback.ProblemResolutionRequest;
import io.pitstop.feedback.RatedPerson;
import io.pitstop.feedback.persistence.FollowUpAttempt;
import io.pitstop.feedback.persistence.FollowUpAttemptRepository;
import io.pitstop.feedback.persistence.FollowUpCall;
import io.pitstop.feedback.persistence.FollowUpCallRepository;
import io.pitstop.feedback.persistence.Rating;
import io.pitstop.feedback.persistence.RatingRepository;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Role;
import io.pitstop.identity.persistence.Account;
import io.pitstop.identity.persistence.AccountRepository;
import io.pitstop.notify.Notifier;
import io.pitstop.notify.Notifier.Recipient;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.repair.persistence.RepairOrderRepository;
import io.pitstop.shop.ShopSchedule;
import io.pitstop.shop.ShopService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Follow-up calls (回访): the queue of calls to make, the outcome of each attempt (kept, never changed), retries on
 * later days, and a reported problem owned by someone with 3 working days to solve it.
 */
@ApplicationScoped
public class FollowUpService {

    private static final Set<Role> CALLERS = EnumSet.of(Role.CUSTOMER_SERVICE, Role.ADVISOR, Role.MANAGER);

    private final FollowUpCallRepository calls;
    private final FollowUpAttemptRepository attempts;
    private final RatingRepository ratings;
    private final RepairOrderRepository orders;
    private final VehicleRepository vehicles;
    private final AccountRepository accounts;
    private final ShopService shop;
    private final Notifier notifier;
    private final FollowUpRules rules;
    private final Clock clock;

    public FollowUpService(FollowUpCallRepository calls, FollowUpAttemptRepository attempts, RatingRepository ratings,
                           RepairOrderRepository orders, VehicleRepository vehicles, AccountRepository accounts, ShopService shop,
                           Notifier notifier, FollowUpRules rules, Clock clock) {
        this.calls = calls;
        this.attempts = attempts;
        this.ratings = ratings;
        this.orders = orders;
        this.vehicles = vehicles;
        this.accounts = accounts;
        this.shop = shop;
        this.notifier = notifier;
        this.rules = rules;
        this.clock = clock;
    }

    /** due: to call today (and problems being solved); all: every call of the last 60 days. Advisors see their own. */
    @WithSession
    public Uni<List<FollowUpCallView>> list(Caller caller, String scope) {
        requireCaller(caller);
        Instant now = clock.instant();
        return shop.zone().chain(zone -> {
            LocalDate today = now.atZone(zone).toLocalDate();
            Uni<List<FollowUpCall>> found = "all".equals(scope)
                    ? calls.list("createdAt >= ?1 order by dueAt", now.minus(java.time.Duration.ofDays(60)))
                    : calls.list("(status = ?1 and availableFrom <= ?2 and nextAttemptOn <= ?3) or (status = ?4 and problemResolvedAt is null) "
                    + "order by dueAt", CallStatus.OPEN, now, today, CallStatus.PROBLEM);
            return found.map(list -> caller.role() == Role.ADVISOR ? list.stream()
                            .filter(c -> c.assigneeId.equals(caller.accountId()) || caller.accountId().equals(c.problemOwnerId)).toList() : list)
                    .chain(list -> views(list, zone, now));
        });
    }

    public Uni<FollowUpCallView> outcome(Caller caller, UUID id, CallOutcomeRequest req) {
        requireCaller(caller);
        Instant now = clock.instant();
        return Panache.withTransaction(() -> shop.schedule().chain(schedule -> calls.findForUpdate(id).chain(call -> {
            if (call == null) {
                throw new NotFoundException("Follow-up call " + id);
            }
            if (call.status != CallStatus.OPEN) {
                throw new ConflictException("call-closed", "This call is " + call.status);
            }
            LocalDate today = now.atZone(schedule.zone()).toLocalDate();
            if (today.isBefore(call.nextAttemptOn)) {
                throw new ConflictException("retry-later", "The customer was not reached today; the next attempt is on " + call.nextAttemptOn);
            }
            if (req.outcome() == CallOutcome.PROBLEM && (req.problem() == null || req.problem().isBlank())) {
                throw new InvalidInputException("problem", "is required when the customer reports a problem");
            }
            return accounts.findById(caller.accountId()).chain(by -> orders.findById(call.orderId).chain(order -> {
                FollowUpAttempt attempt = new FollowUpAttempt();
                attempt.callId = call.id;
                attempt.at = now;
                attempt.byId = by.id;
                attempt.byName = by.name;
                attempt.outcome = req.outcome();
                attempt.notes = blank(req.notes());
                call.attempts += 1;
                if (req.notes() != null && !req.notes().isBlank()) {
                    call.notes = req.notes().strip();
                }
                if (req.satisfaction() != null) {
                    call.satisfaction = req.satisfaction().shortValue();
                }
                Uni<Void> after = Uni.createFrom().voidItem();
                switch (req.outcome()) {
                    case REACHED -> {
                        call.status = CallStatus.DONE;
                        call.completedAt = now;
                    }
                    case NOT_REACHED -> {
                        if (call.attempts > rules.retries()) {
                            call.status = CallStatus.UNREACHABLE;
                            call.completedAt = now;
                        } else {
                            call.nextAttemptOn = today.plusDays(1);
                        }
                    }
                    case PROBLEM -> {
                        UUID ownerId = req.problemOwnerId() != null ? req.problemOwnerId() : order.advisorId;
                        after = accounts.findById(ownerId).chain(owner -> {
                            if (owner == null || !owner.active || !owner.role.isStaff()) {
                                throw new InvalidInputException("problemOwnerId", "is not an active member of staff");
                            }
                            call.status = CallStatus.PROBLEM;
                            call.problem = req.problem().strip();
                            call.problemOwnerId = owner.id;
                            call.problemDueAt = workingDaysLater(today, rules.problemWorkingDays(), schedule)
                                    .atTime(java.time.LocalTime.of(23, 59, 59)).atZone(schedule.zone()).toInstant();
                            return notifier.send(new Recipient(owner.id, owner.phone), "FOLLOW_UP_PROBLEM",
                                    Map.of("reference", order.reference, "problem", call.problem, "dueAt",
                                            call.problemDueAt.atZone(schedule.zone()).toOffsetDateTime().toString()),
                                    "回访发现问题（工单 " + order.reference + "）：" + call.problem + "。请在 " + rules.problemWorkingDays()
                                            + " 个工作日内解决。", order.appointmentId, order.id);
                        });
                    }
                }
                return after.chain(() -> attempts.persist(attempt)).chain(() -> view(call, schedule.zone(), now));
            }));
        })));
    }

    public Uni<FollowUpCallView> resolveProblem(Caller caller, UUID id, ProblemResolutionRequest req) {
        if (!caller.role().isStaff()) {
            throw new ForbiddenException("Problems are solved by the shop");
        }
        Instant now = clock.instant();
        return Panache.withTransaction(() -> shop.zone().chain(zone -> calls.findForUpdate(id).chain(call -> {
            if (call == null) {
                throw new NotFoundException("Follow-up call " + id);
            }
            if (call.status != CallStatus.PROBLEM || call.problemResolvedAt != null) {
                throw new ConflictException("no-problem", "There is no open problem on this call");
            }
            if (!caller.accountId().equals(call.problemOwnerId) && caller.role() != Role.MANAGER && caller.role() != Role.CUSTOMER_SERVICE) {
                throw new ForbiddenException("The problem's owner, customer service or a manager solves it");
            }
            call.problemResolvedAt = now;
            call.problemResolution = req.resolution().strip();
            call.status = CallStatus.DONE;
            call.completedAt = now;
            return view(call, zone, now);
        })));
    }

    /** The day that many working days (Monday-Friday, not a closed day of the shop) after {@code from}. */
    static LocalDate workingDaysLater(LocalDate from, int days, ShopSchedule schedule) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !schedule.closedDays().contains(d)) {
                left--;
            }
        }
        return d;
    }

    private Uni<FollowUpCallView> view(FollowUpCall call, ZoneId zone, Instant now) {
        return views(List.of(call), zone, now).map(list -> list.get(0));
    }

    private Uni<List<FollowUpCallView>> views(List<FollowUpCall> list, ZoneId zone, Instant now) {
        if (list.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<UUID> ids = list.stream().map(c -> c.id).collect(Collectors.toSet());
        Set<UUID> orderIds = list.stream().map(c -> c.orderId).collect(Collectors.toSet());
        LocalDate today = now.atZone(zone).toLocalDate();
        return orders.byIds(orderIds).chain(os -> vehicles.list("id in ?1", os.stream().map(o -> o.vehicleId).collect(Collectors.toSet()))
                .chain(vs -> ratings.list("orderId in ?1", orderIds).chain(rs -> attempts.of(ids).chain(log -> {
                    Set<UUID> people = Stream.concat(list.stream().flatMap(c -> Stream.of(c.customerId, c.assigneeId, c.problemOwnerId)),
                            os.stream().map(o -> o.advisorId)).filter(Objects::nonNull).collect(Collectors.toSet());
                    return accounts.list("id in ?1", people).map(accs -> {
                        Map<UUID, Account> byId = accs.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
                        Map<UUID, RepairOrder> orderById = os.stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
                        Map<UUID, Vehicle> carById = vs.stream().collect(Collectors.toMap(v -> v.id, Function.identity()));
                        Map<UUID, Rating> ratingByOrder = rs.stream().collect(Collectors.toMap(r -> r.orderId, Function.identity()));
                        Map<UUID, List<FollowUpAttempt>> logByCall = log.stream().collect(Collectors.groupingBy(a -> a.callId));
                        return list.stream().map(c -> {
                            RepairOrder o = orderById.get(c.orderId);
                            Vehicle v = carById.get(o.vehicleId);
                            Account customer = byId.get(c.customerId);
                            Account assignee = byId.get(c.assigneeId);
                            Account problemOwner = c.problemOwnerId == null ? null : byId.get(c.problemOwnerId);
                            Rating r = ratingByOrder.get(c.orderId);
                            boolean open = c.status == CallStatus.OPEN;
                            return new FollowUpCallView(c.id.toString(), o.id.toString(), o.reference, v.plate, v.make + " " + v.model,
                                    new FollowUpCallView.CustomerContact(customer.id.toString(), customer.name, customer.phone),
                                    byId.get(o.advisorId).name, at(o.deliveredAt, zone), at(c.availableFrom, zone), at(c.dueAt, zone), c.status,
                                    c.attempts, c.nextAttemptOn, open && !now.isBefore(c.availableFrom) && !today.isBefore(c.nextAttemptOn),
                                    open && now.isAfter(c.dueAt), new RatedPerson(assignee.id.toString(), assignee.name),
                                    c.satisfaction == null ? null : c.satisfaction.intValue(), c.notes, r == null ? null : r.score,
                                    c.problem == null ? null : new CallProblemView(c.problem,
                                            new RatedPerson(problemOwner.id.toString(), problemOwner.name), at(c.problemDueAt, zone),
                                            at(c.problemResolvedAt, zone), c.problemResolution,
                                            c.problemResolvedAt == null && now.isAfter(c.problemDueAt)),
                                    logByCall.getOrDefault(c.id, List.of()).stream()
                                            .map(a -> new CallAttemptView(at(a.at, zone), a.byName, a.outcome, a.notes)).toList());
                        }).toList();
                    });
                }))));
    }

    private static java.time.OffsetDateTime at(Instant i, ZoneId zone) {
        return i == null ? null : i.atZone(zone).toOffsetDateTime();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void requireCaller(Caller caller) {
        if (!CALLERS.contains(caller.role())) {
            throw new ForbiddenException("Follow-up calls are made by customer service, advisors and managers");
        }
    }
}

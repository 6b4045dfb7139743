package io.pitstop.repair.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pitstop.booking.AppointmentRef;
import io.pitstop.booking.persistence.Vehicle;
import io.pitstop.booking.persistence.VehicleRepository;
import io.pitstop.booking.service.BookingLookup;
import io.pitstop.booking.service.BookingService;
import io.pitstop.common.ConflictException;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.NotFoundException;
import io.pitstop.common.Sequential;
import io.pitstop.identity.Caller;
import io.pitstop.identity.PartnerScopes;
import io.pitstop.identity.Role;
import io.pitstop.identity.persistence.Account;
import io.pitstop.identity.persistence.AccountRepository;
import io.pitstop.live.LiveHub;
import io.pitstop.notify.Notifier.Recipient;
import io.pitstop.notify.Notifier;
import io.pitstop.repair.ApprovalRequest;
import io.pitstop.repair.CheckInRequest;
import io.pitstop.repair.Decision;
import io.pitstop.repair.DelayRequest;
import io.pitstop.repair.DeliveryRequest;
import io.pitstop.repair.EstimateItemRequest;
import io.pitstop.repair.EstimateRequest;
import io.pitstop.repair.ItemDecision;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairEventView;
import io.pitstop.repair.RepairOrderSummary;
import io.pitstop.repair.RepairOrderView;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.SettlementLineRequest;
import io.pitstop.repair.SettlementRequest;
import io.pitstop.repair.SupplementRequest;
import io.pitstop.repair.TransitionRequest;
import io.pitstop.repair.UpdateRequest;
import io.pitstop.repair.persistence.AttachmentRepository;
import io.pitstop.repair.persistence.EstimateItem;
import io.pitstop.repair.persistence.EstimateItemRepository;
import io.pitstop.repair.persistence.RepairDelay;
import io.pitstop.repair.persistence.RepairDelayRepository;
import io.pitstop.repair.persistence.RepairEvent;
import io.pitstop.repair.persistence.RepairEventRepository;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.repair.persistence.RepairOrderRepository;
import io.pitstop.repair.persistence.SettlementLine;
import io.pitstop.repair.persistence.SettlementLineRepository;
import io.pitstop.shop.ShopService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The repair order (服务工单) from reception to delivery: the estimate and the customer's decisions, the workshop
 * flow, progress updates, delays and the settlement. Every change is an event of the order, appended in the same
 * transaction and announced to the live streams when it commits.
 */
@ApplicationScoped
public class RepairService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final Set<Role> WRITERS = EnumSet.of(Role.ADVISOR, Role.MANAGER);
    private static final Set<Role> UPDATERS = EnumSet.of(Role.ADVISOR, Role.TECHNICIAN, Role.TEAM_LEAD, Role.INSPECTOR, Role.MANAGER);

    private final RepairOrderRepository orders;
    private final EstimateItemRepository items;
    private final RepairEventRepository events;
    private final RepairDelayRepository delays;
    private final SettlementLineRepository settlements;
    private final AttachmentRepository attachments;
    private final BookingLookup appointments;
    private final VehicleRepository vehicles;
    private final AccountRepository accounts;
    private final BookingService booking;
    private final ShopService shop;
    private final Notifier notifier;
    private final LiveHub live;
    private final RepairViews views;
    private final ObjectMapper json;
    private final Clock clock;

    public RepairService(RepairOrderRepository orders, EstimateItemRepository items, RepairEventRepository events,
                         RepairDelayRepository delays, SettlementLineRepository settlements, AttachmentRepository attachments,
                         BookingLookup appointments, VehicleRepository vehicles, AccountRepository accounts,
                         BookingService booking, ShopService shop, Notifier notifier, LiveHub live, RepairViews views,
                         ObjectMapper json, Clock clock) {
        this.orders = orders;
        this.items = items;
        this.events = events;
        this.delays = delays;
        this.settlements = settlements;
        this.attachments = attachments;
        this.appointments = appointments;
        this.vehicles = vehicles;
        this.accounts = accounts;
        this.booking = booking;
        this.shop = shop;
        this.notifier = notifier;
        this.live = live;
        this.views = views;
        this.json = json;
        this.clock = clock;
    }

    /** One operation's context: who acts, in which time zone, at which instant. */
    public record Op(Caller caller, ZoneId zone, Instant now) {
        public OffsetDateTime at(Instant i) {
            return i == null ? null : i.atZone(zone).toOffsetDateTime();
        }
    }

    /** The details an event carries besides who, when and the status. */
    public static final class Draft {
        public String message;
        public String step;
        public Integer remainingMinutes;
        public String photoId;
        public Instant previousPromisedAt;
        public io.pitstop.repair.DelayReason delayReason;
        public io.pitstop.repair.Compensation compensation;
        public String compensationDetail;
        public Boolean automatic;
        public String technicianName;
        public BigDecimal amount;

        public static Draft message(String message) {
            Draft d = new Draft();
            d.message = message;
            return d;
        }
    }

    // ------------------------------------------------------------------------------------------------ check-in

    public Uni<RepairOrderView> checkIn(Caller caller, CheckInRequest req) {
        requireRole(caller, WRITERS, "Cars are received by a service advisor");
        if ((req.appointmentId() == null) == (req.vehicleId() == null)) {
            throw new InvalidInputException(req.appointmentId() == null ? "appointmentId" : "vehicleId",
                    "give either the booking or, for a walk-in, the vehicle");
        }
        return Panache.withTransaction(() -> op(caller).chain(op -> {
            Uni<AppointmentRef> appointment = req.appointmentId() == null ? Uni.createFrom().nullItem()
                    : booking.checkInWithin(caller, req.appointmentId());
            return appointment.chain(a -> vehicles.findById(a == null ? req.vehicleId() : a.vehicleId()).chain(vehicle -> {
                if (vehicle == null) {
                    throw new InvalidInputException("vehicleId", "is not a known vehicle");
                }
                Uni<Void> free = a == null ? Uni.createFrom().voidItem() : orders.ofAppointment(a.id()).invoke(existing -> {
                    if (existing != null) {
                        throw new ConflictException("already-checked-in", "Booking already has repair order " + existing.reference);
                    }
                }).replaceWithVoid();
                return free.chain(() -> orders.openOfVehicle(vehicle.id)).chain(open -> {
                    if (open != null) {
                        throw new ConflictException("vehicle-in-workshop", "The car is already in the workshop on " + open.reference);
                    }
                    RepairOrder o = new RepairOrder();
                    o.id = UUID.randomUUID();
                    o.reference = reference();
                    o.appointmentId = a == null ? null : a.id();
                    o.customerId = vehicle.customerId;
                    o.vehicleId = vehicle.id;
                    // First contact owns it (首问负责制): the advisor who receives the car keeps the customer.
                    o.advisorId = caller.accountId();
                    o.status = RepairStatus.CHECKED_IN;
                    o.mileageKm = req.mileageKm();
                    o.fuelLevel = req.fuelLevel();
                    o.bodyDamage = blankToNull(req.bodyDamage());
                    o.warningLights = req.lights().isEmpty() ? null : String.join("|", req.lights());
                    o.symptoms = req.symptoms().strip();
                    o.faultReproduced = req.faultReproduced();
                    o.safetyCritical = req.safetyCritical() != null ? req.safetyCritical() : a != null && a.emergency();
                    o.checkedInAt = op.now();
                    o.createdBy = caller.accountId();
                    if (req.mileageKm() > vehicle.mileageKm) {
                        vehicle.mileageKm = req.mileageKm();
                    }
                    return orders.persist(o)
                            .chain(() -> append(op, o, RepairEventType.CHECKED_IN, null, Draft.message(o.symptoms)))
                            .chain(() -> accounts.findById(caller.accountId()))
                            .chain(advisor -> tellOwner(o, vehicle, "REPAIR_CHECKED_IN", Map.of("advisorName", advisor.name),
                                    "您的爱车 " + vehicle.plate + " 已接车（工单 " + o.reference + "），服务顾问 " + advisor.name
                                            + " 将很快发来维修报价，确认后才会开工。", false))
                            .chain(() -> views.full(o, op));
                });
            }));
        }));
    }

    // ---------------------------------------------------------------------------------- estimate and approval

    public Uni<RepairOrderView> estimate(Caller caller, UUID id, EstimateRequest req) {
        requireRole(caller, WRITERS, "Estimates are written by the service advisor");
        return Panache.withTransaction(() -> op(caller).chain(op -> locked(caller, id).chain(o -> {
            if (o.status != RepairStatus.CHECKED_IN && o.status != RepairStatus.AWAITING_APPROVAL) {
                throw new ConflictException("illegal-transition", "An estimate is written before approval; this order is " + o.status
                        + " (work found now is a supplement)");
            }
            return items.ofOrder(o.id).chain(existing -> {
                if (existing.stream().anyMatch(i -> i.decision != Decision.PENDING)) {
                    throw new ConflictException("estimate-decided", "The customer has started deciding; add a supplement instead");
                }
                RepairStatus from = o.status;
                Uni<Void> cleared = existing.isEmpty() ? Uni.createFrom().voidItem()
                        : items.delete("orderId = ?1 and round = 0", o.id).replaceWithVoid().call(() -> items.flush());
                List<EstimateItem> created = newItems(o, 0, req.items(), op);
                o.status = RepairStatus.AWAITING_APPROVAL;
                o.expectedMinutes = req.durationMinutes();
                o.diagnosis = blankToNull(req.diagnosis());
                o.estimateSentAt = op.now();
                BigDecimal total = sum(created);
                Draft d = Draft.message(o.diagnosis);
                d.amount = total;
                return cleared.chain(() -> items.persist(created))
                        .chain(() -> append(op, o, RepairEventType.ESTIMATE_SENT, from, d))
                        .chain(() -> vehicles.findById(o.vehicleId))
                        .chain(v -> tellOwner(o, v, "REPAIR_ESTIMATE", Map.of("amount", total.toPlainString()),
                                "工单 " + o.reference + " 的维修报价已生成（合计 ¥" + total.toPlainString() + "），请在 App 中逐项确认，确认后才会开工。",
                                true))
                        .chain(() -> views.full(o, op));
            });
        })));
    }

    public Uni<RepairOrderView> supplement(Caller caller, UUID id, SupplementRequest req) {
        requireRole(caller, WRITERS, "Supplements are priced by the service advisor");
        return Panache.withTransaction(() -> op(caller).chain(op -> locked(caller, id).chain(o -> {
            if (!EnumSet.of(RepairStatus.DISPATCHED, RepairStatus.IN_REPAIR, RepairStatus.WAITING_PARTS).contains(o.status)) {
                throw new ConflictException("illegal-transition", "Supplements are for work found during the repair; this order is " + o.status);
            }
            return items.ofOrder(o.id).chain(existing -> {
                int round = existing.stream().mapToInt(i -> i.round).max().orElse(0) + 1;
                List<EstimateItem> created = newItems(o, round, req.items(), op);
                BigDecimal total = sum(created);
                Draft d = Draft.message(req.finding().strip());
                d.amount = total;
                return items.persist(created)
                        .chain(() -> append(op, o, RepairEventType.SUPPLEMENT_SENT, o.status, d))
                        .chain(() -> vehicles.findById(o.vehicleId))
                        .chain(v -> tellOwner(o, v, "REPAIR_SUPPLEMENT", Map.of("amount", total.toPlainString(), "finding", req.finding().strip()),
                                "维修中发现：" + req.finding().strip() + "。增项合计 ¥" + total.toPlainString() + "，请在 App 中确认（工单 "
                                        + o.reference + "）。", true))
                        .chain(() -> views.full(o, op));
            });
        })));
    }

    /**
     * The customer's decisions, item by item; an advisor may record decisions the customer gave in person or by
     * phone (who recorded them is kept). When nothing of the estimate is pending any more the order is approved
     * and its completion promised, or cancelled when everything was declined.
     */
    public Uni<RepairOrderView> decide(Caller caller, UUID id, ApprovalRequest req) {
        if (caller.role() != Role.CUSTOMER && !WRITERS.contains(caller.role())) {
            throw new ForbiddenException("Only the car's owner decides on the estimate (or the advisor recording their answer)");
        }
        return Panache.withTransaction(() -> op(caller).chain(op -> locked(caller, id).chain(o -> items.ofOrder(o.id).chain(all -> {
            Map<UUID, EstimateItem> byId = all.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
            Set<UUID> seen = new HashSet<>();
            List<ItemDecision> decisions = req.decisions();
            for (int n = 0; n < decisions.size(); n++) {
                ItemDecision d = decisions.get(n);
                EstimateItem item = byId.get(d.itemId());
                if (item == null || !seen.add(d.itemId())) {
                    throw new InvalidInputException("decisions[" + n + "].itemId", item == null ? "is not an item of this order" : "is named twice");
                }
                if (d.decision() == Decision.PENDING) {
                    throw new InvalidInputException("decisions[" + n + "].decision", "must be APPROVED or DECLINED");
                }
                if (item.decision != Decision.PENDING) {
                    throw new ConflictException("already-decided", "Item '" + item.description + "' was already " + item.decision);
                }
                if (item.round == 0 && o.status != RepairStatus.AWAITING_APPROVAL
                        || item.round > 0 && !RepairStatus.OPEN.contains(o.status)) {
                    throw new ConflictException("illegal-transition", "The order is " + o.status + "; its items can no longer be decided");
                }
            }
            return accounts.findById(caller.accountId()).chain(who -> {
                for (ItemDecision d : decisions) {
                    EstimateItem item = byId.get(d.itemId());
                    item.decision = d.decision();
                    item.decidedAt = op.now();
                    item.decidedBy = who.id;
                    item.decidedByName = who.name;
                    item.decidedByRole = who.role;
                }
                long approved = decisions.stream().filter(d -> d.decision() == Decision.APPROVED).count();
                Draft decided = Draft.message("同意 " + approved + " 项，拒绝 " + (decisions.size() - approved) + " 项 / "
                        + approved + " approved, " + (decisions.size() - approved) + " declined");
                decided.amount = decisions.stream().filter(d -> d.decision() == Decision.APPROVED)
                        .map(d -> byId.get(d.itemId()).amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
                Uni<Void> recorded = append(op, o, RepairEventType.ITEMS_DECIDED, o.status, decided);
                boolean estimateDone = o.status == RepairStatus.AWAITING_APPROVAL
                        && all.stream().filter(i -> i.round == 0).noneMatch(i -> i.decision == Decision.PENDING);
                if (!estimateDone) {
                    return recorded.chain(() -> tellStaffAboutDecision(o, who)).chain(() -> views.full(o, op));
                }
                boolean anyApproved = all.stream().anyMatch(i -> i.round == 0 && i.decision == Decision.APPROVED);
                return recorded.chain(() -> anyApproved ? approve(op, o) : cancel(op, o, "客户拒绝了全部维修项目 / the customer declined every item"))
                        .chain(() -> tellStaffAboutDecision(o, who))
                        .chain(() -> views.full(o, op));
            });
        }))));
    }

    /** Approved: the promise is set and the workshop is told (it must dispatch within 5 minutes). */
    private Uni<Void> approve(Op op, RepairOrder o) {
        RepairStatus from = o.status;
        o.status = RepairStatus.APPROVED;
        o.approvedAt = op.now();
        o.promisedAt = op.now().plus(Duration.ofMinutes(o.expectedMinutes));
        return append(op, o, RepairEventType.APPROVED, from, new Draft())
                .chain(() -> vehicles.findById(o.vehicleId))
                .chain(v -> accounts.activeWith(Role.TEAM_LEAD).chain(leads -> Sequential.each(leads, lead -> notifier.send(
                        o.safetyCritical ? new Recipient(lead.id, lead.phone) : Recipient.inAppOnly(lead.id),
                        "REPAIR_TO_DISPATCH", params(o, v, op), (o.safetyCritical ? "【安全类，30 分钟内开工】" : "") + "工单 " + o.reference
                                + "（" + v.plate + "）已获客户确认，请在 5 分钟内派工。", o.appointmentId, o.id)))
                        .chain(() -> tellOwner(o, v, "REPAIR_APPROVED", Map.of("promisedAt", op.at(o.promisedAt).toString()),
                                "已收到您的确认，工单 " + o.reference + " 即将开工，预计 " + SHORT.format(o.promisedAt.atZone(op.zone())) + " 完工。",
                                false)));
    }

    private Uni<Void> cancel(Op op, RepairOrder o, String reason) {
        RepairStatus from = o.status;
        o.status = RepairStatus.CANCELLED;
        o.cancelledAt = op.now();
        return append(op, o, RepairEventType.CANCELLED, from, Draft.message(reason));
    }

    // ----------------------------------------------------------------------------------------- workshop flow

    public Uni<RepairOrderView> transition(Caller caller, UUID id, TransitionRequest req) {
        if (!caller.role().isStaff()) {
            throw new ForbiddenException("The workshop flow is moved by staff");
        }
        return Panache.withTransaction(() -> op(caller).chain(op -> locked(caller, id).chain(o -> {
            RepairFlow.Move move = RepairFlow.move(o, req.to(), caller, req.reason());
            String reason = blankToNull(req.reason());
            Uni<Draft> prepared = switch (req.to()) {
                case DISPATCHED -> technician(req.technicianId()).map(tech -> {
                    o.technicianId = tech.id;
                    o.dispatchedAt = op.now();
                    Draft d = Draft.message(reason);
                    d.technicianName = tech.name;
                    return d;
                });
                case QUALITY_CHECK -> items.ofOrder(o.id).map(all -> {
                    if (all.stream().anyMatch(i -> i.decision == Decision.PENDING)) {
                        throw new ConflictException("supplement-pending", "A supplement waits for the customer's decision");
                    }
                    return Draft.message(reason);
                });
                default -> Uni.createFrom().item(Draft.message(reason));
            };
            return prepared.chain(d -> {
                RepairStatus from = o.status;
                o.status = req.to();
                if (req.to() == RepairStatus.IN_REPAIR && o.repairStartedAt == null) {
                    o.repairStartedAt = op.now();
                }
                if (req.to() == RepairStatus.READY) {
                    o.readyAt = op.now();
                    o.remainingMinutes = 0;
                }
                if (req.to() == RepairStatus.CANCELLED) {
                    o.cancelledAt = op.now();
                }
                return append(op, o, move.event(), from, d)
                        .chain(() -> announceMove(op, o, move, d))
                        .chain(() -> views.full(o, op));
            });
        })));
    }

    private Uni<Account> technician(UUID id) {
        if (id == null) {
            throw new InvalidInputException("technicianId", "is required to dispatch");
        }
        return accounts.findById(id).map(a -> {
            if (a == null || !a.active || (a.role != Role.TECHNICIAN && a.role != Role.TEAM_LEAD)) {
                throw new InvalidInputException("technicianId", "is not an active technician");
            }
            return a;
        });
    }

    /** The owner hears about the moves that matter to them; the technician about the dispatch, the advisor about QC. */
    private Uni<Void> announceMove(Op op, RepairOrder o, RepairFlow.Move move, Draft d) {
        return vehicles.findById(o.vehicleId).chain(v -> switch (move.event()) {
            case DISPATCHED -> notifier.send(Recipient.inAppOnly(o.technicianId), "REPAIR_ASSIGNED", params(o, v, op),
                    "您被指派工单 " + o.reference + "（" + v.plate + "）" + (o.safetyCritical ? "，安全类，请 30 分钟内开工。" : "。"), o.appointmentId, o.id);
            case REPAIR_STARTED -> tellOwner(o, v, "REPAIR_STARTED", Map.of(), "您的爱车 " + v.plate + " 已开始维修。", false);
            case WAITING_PARTS -> tellOwner(o, v, "REPAIR_WAITING_PARTS", Map.of("reason", d.message),
                    "您的爱车 " + v.plate + " 正在等待配件：" + d.message, false);
            case READY -> tellOwner(o, v, "REPAIR_READY", Map.of(), "您的爱车 " + v.plate + " 已完工并通过质检，服务顾问将为您结算交车。", true)
                    .chain(() -> notifier.send(Recipient.inAppOnly(o.advisorId), "REPAIR_READY_FOR_DELIVERY", params(o, v, op),
                            "工单 " + o.reference + " 已通过质检，请准备结算交车。", o.appointmentId, o.id));
            case QC_FAILED -> {
                Map<String, String> p = params(o, v, op);
                p.put("reason", d.message);
                yield notifier.send(Recipient.inAppOnly(o.advisorId), "REPAIR_QC_FAILED", p,
                        "工单 " + o.reference + " 质检未通过：" + d.message, o.appointmentId, o.id);
            }
            case CANCELLED -> tellOwner(o, v, "REPAIR_CANCELLED", Map.of("reason", d.message), "工单 " + o.reference + " 已取消：" + d.message, true);
            default -> Uni.createFrom().voidItem();
        });
    }

    // --------------------------------------------------------------------------------------- updates and delays

    public Uni<RepairEventView> update(Caller caller, UUID id, UpdateRequest req) {
        requireRole(caller, UPDATERS, "Progress is posted by the advisor or the workshop");
        return Panache.withTransaction(() -> op(caller).chain(op -> locked(caller, id).chain(o -> {
            requireOpen(o);
            Uni<Void> photo = req.photoId() == null ? Uni.createFrom().voidItem() : attachments.findById(req.photoId()).invoke(a -> {
                if (a == null || !a.orderId.equals(o.id) || !a.contentType.startsWith("image/")) {
                    throw new InvalidInputException("photoId", "is not a photo of this order");
                }
            }).replaceWithVoid();
            return photo.chain(() -> {
                Draft d = Draft.message(req.message().strip());
                d.step = blankToNull(req.step());
                d.remainingMinutes = req.remainingMinutes();
                d.photoId = req.photoId() == null ? null : req.photoId().toString();
                d.automatic = false;
                if (d.step != null) {
                    o.currentStep = d.step;
                }
                if (req.remainingMinutes() != null) {
                    o.remainingMinutes = req.remainingMinutes();
                }
                o.lastUpdateAt = op.now();
                o.lastStaffUpdateAt = op.now();
                return appendReturning(op, o, RepairEventType.UPDATE, o.status, d).call(v -> vehicles.findById(o.vehicleId)
                        .chain(car -> tellOwner(o, car, "REPAIR_UPDATE", Map.of("message", d.message),
                                "维修进度（" + car.plate + "）：" + d.message, false)));
            });
        })));
    }

    public Uni<RepairOrderView> delay(Caller caller, UUID id, DelayRequest req) {
        requireRole(caller, WRITERS, "Delays are declared by the service advisor");
        return Panache.withTransaction(() -> op(caller).chain(op -> locked(caller, id).chain(o -> {
            if (!RepairStatus.PROMISED.contains(o.status)) {
                throw new ConflictException("illegal-transition", "Only a promised order not yet ready can be delayed; this one is " + o.status);
            }
            Instant newPromise = req.newPromisedAt().toInstant();
            if (!newPromise.isAfter(o.promisedAt) || !newPromise.isAfter(op.now())) {
                throw new InvalidInputException("newPromisedAt", "must be later than the current promise ("
                        + op.at(o.promisedAt) + ") and than now");
            }
            if (req.compensation() == io.pitstop.repair.Compensation.OTHER && blankToNull(req.compensationDetail()) == null) {
                throw new InvalidInputException("compensationDetail", "is required for compensation OTHER");
            }
            RepairDelay delay = new RepairDelay();
            delay.id = UUID.randomUUID();
            delay.orderId = o.id;
            delay.reason = req.reason();
            delay.detail = req.detail().strip();
            delay.previousPromisedAt = o.promisedAt;
            delay.newPromisedAt = newPromise;
            delay.compensation = req.compensation();
            delay.compensationDetail = blankToNull(req.compensationDetail());
            delay.declaredAt = op.now();
            delay.declaredBy = caller.accountId();
            Draft d = Draft.message(delay.detail);
            d.previousPromisedAt = o.promisedAt;
            d.delayReason = delay.reason;
            d.compensation = delay.compensation;
            d.compensationDetail = delay.compensationDetail;
            o.promisedAt = newPromise;
            return delays.persist(delay)
                    .chain(() -> append(op, o, RepairEventType.DELAY, o.status, d))
                    .chain(() -> vehicles.findById(o.vehicleId))
                    .chain(v -> {
                        Map<String, String> p = new LinkedHashMap<>();
                        p.put("reason", delay.reason.name());
                        p.put("detail", delay.detail);
                        p.put("newPromisedAt", op.at(newPromise).toString());
                        p.put("compensation", delay.compensation.name());
                        if (delay.compensationDetail != null) {
                            p.put("compensationDetail", delay.compensationDetail);
                        }
                        return tellOwner(o, v, "REPAIR_DELAYED", p, "抱歉，您的爱车 " + v.plate + " 需延期至 "
                                + SHORT.format(newPromise.atZone(op.zone())) + " 完工。原因：" + delay.detail
                                + (delay.compensation == io.pitstop.repair.Compensation.NONE ? "。" : "。补偿："
                                + (delay.compensationDetail != null ? delay.compensationDetail : offer(delay.compensation)) + "。"), true);
                    })
                    .chain(() -> views.full(o, op));
        })));
    }

    // --------------------------------------------------------------------------------------- settlement, delivery

    public Uni<RepairOrderView> settle(Caller caller, UUID id, SettlementRequest req) {
        requireRole(caller, WRITERS, "The settlement is issued by the service advisor");
        return Panache.withTransaction(() -> op(caller).chain(op -> locked(caller, id).chain(o -> {
            if (o.status != RepairStatus.READY) {
                throw new ConflictException("illegal-transition", "The settlement is issued once the car is READY; this order is " + o.status);
            }
            return items.ofOrder(o.id).chain(all -> {
                Map<UUID, EstimateItem> approved = all.stream().filter(i -> i.decision == Decision.APPROVED)
                        .collect(Collectors.toMap(i -> i.id, Function.identity()));
                Set<UUID> billed = new HashSet<>();
                List<SettlementLine> lines = new ArrayList<>();
                for (int n = 0; n < req.lines().size(); n++) {
                    SettlementLineRequest r = req.lines().get(n);
                    SettlementLine line = new SettlementLine();
                    line.id = UUID.randomUUID();
                    line.orderId = o.id;
                    line.position = (short) n;
                    line.kind = r.kind();
                    line.description = r.description().strip();
                    line.quantity = r.quantity();
                    line.unitPrice = r.unitPrice();
                    line.amount = r.quantity().multiply(r.unitPrice()).setScale(2, RoundingMode.HALF_UP);
                    line.differenceReason = blankToNull(r.differenceReason());
                    if (r.itemId() != null) {
                        EstimateItem item = approved.get(r.itemId());
                        if (item == null || !billed.add(item.id)) {
                            throw new InvalidInputException("lines[" + n + "].itemId",
                                    item == null ? "is not an approved item of this order (declined work is never billed)" : "is billed twice");
                        }
                        line.itemId = item.id;
                        line.estimatedAmount = item.amount();
                    }
                    if (line.differenceReason == null && (line.estimatedAmount == null || line.amount.compareTo(line.estimatedAmount) != 0)) {
                        throw new InvalidInputException("lines[" + n + "].differenceReason",
                                line.estimatedAmount == null ? "is required for a line that was not estimated" : "is required: the amount differs from the estimate");
                    }
                    lines.add(line);
                }
                for (EstimateItem item : approved.values()) {
                    if (!billed.contains(item.id)) {
                        throw new InvalidInputException("lines", "approved item '" + item.description
                                + "' has no line (bill it, or give quantity 0 with the reason)");
                    }
                }
                o.settlementIssuedAt = op.now();
                o.settlementAcknowledgedAt = null;
                o.settlementAcknowledgedBy = null;
                BigDecimal total = lines.stream().map(l -> l.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                Draft d = new Draft();
                d.amount = total;
                return settlements.delete("orderId", o.id).call(() -> settlements.flush())
                        .chain(() -> settlements.persist(lines))
                        .chain(() -> append(op, o, RepairEventType.SETTLEMENT_ISSUED, o.status, d))
                        .chain(() -> vehicles.findById(o.vehicleId))
                        .chain(v -> tellOwner(o, v, "REPAIR_SETTLEMENT", Map.of("amount", total.toPlainString()),
                                "工单 " + o.reference + " 结算单已出，合计 ¥" + total.toPlainString() + "，请在 App 中查看明细并确认。", true))
                        .chain(() -> views.full(o, op));
            });
        })));
    }

    public Uni<RepairOrderView> acknowledge(Caller caller, UUID id) {
        if (caller.role() != Role.CUSTOMER) {
            throw new ForbiddenException("The car's owner signs the settlement");
        }
        return Panache.withTransaction(() -> op(caller).chain(op -> locked(caller, id).chain(o -> {
            if (o.status != RepairStatus.READY || o.settlementIssuedAt == null) {
                throw new ConflictException("no-settlement", "There is no settlement to sign yet");
            }
            if (o.settlementAcknowledgedAt != null) {
                throw new ConflictException("already-acknowledged", "The settlement is already signed");
            }
            o.settlementAcknowledgedAt = op.now();
            o.settlementAcknowledgedBy = caller.accountId();
            return append(op, o, RepairEventType.SETTLEMENT_ACKNOWLEDGED, o.status, new Draft())
                    .chain(() -> vehicles.findById(o.vehicleId))
                    .chain(v -> notifier.send(Recipient.inAppOnly(o.advisorId), "REPAIR_SETTLEMENT_SIGNED", params(o, v, op),
                            "客户已确认工单 " + o.reference + " 的结算单，可以交车。", o.appointmentId, o.id))
                    .chain(() -> views.full(o, op));
        })));
    }

    public Uni<RepairOrderView> deliver(Caller caller, UUID id, DeliveryRequest req) {
        requireRole(caller, WRITERS, "The car is handed over by the service advisor");
        return Panache.withTransaction(() -> op(caller).chain(op -> locked(caller, id).chain(o -> {
            if (o.status != RepairStatus.READY) {
                throw new ConflictException("illegal-transition", "Only a READY car is delivered; this order is " + o.status);
            }
            if (o.settlementAcknowledgedAt == null) {
                throw new ConflictException("settlement-not-acknowledged", "The owner has not signed the settlement yet");
            }
            LocalDate today = op.now().atZone(op.zone()).toLocalDate();
            if (!req.nextServiceDueDate().isAfter(today)) {
                throw new InvalidInputException("nextServiceDueDate", "must be in the future");
            }
            if (req.nextServiceDueKm() <= o.mileageKm) {
                throw new InvalidInputException("nextServiceDueKm", "must be above the mileage at reception (" + o.mileageKm + ")");
            }
            RepairStatus from = o.status;
            o.status = RepairStatus.DELIVERED;
            o.deliveredAt = op.now();
            o.nextServiceDueDate = req.nextServiceDueDate();
            o.nextServiceDueKm = req.nextServiceDueKm();
            return append(op, o, RepairEventType.DELIVERED, from, new Draft())
                    .chain(() -> vehicles.findById(o.vehicleId))
                    .chain(v -> tellOwner(o, v, "REPAIR_DELIVERED", Map.of("nextServiceDueDate", req.nextServiceDueDate().toString(),
                                    "nextServiceDueKm", req.nextServiceDueKm().toString()),
                            "感谢光临！下次保养：" + req.nextServiceDueDate() + " 或 " + req.nextServiceDueKm() + " 公里，以先到者为准。", true))
                    .chain(() -> views.full(o, op));
        })));
    }

    // ---------------------------------------------------------------------------------------------------- reads

    @WithSession
    public Uni<RepairOrderView> get(Caller caller, UUID id) {
        return op(caller).chain(op -> visible(caller, id, false).chain(o -> views.full(o, op)));
    }

    /** Customers: their history. Staff: the board of a day (open orders, and those received or delivered that day). */
    @WithSession
    public Uni<List<RepairOrderSummary>> list(Caller caller, RepairStatus status, LocalDate day) {
        caller.requireScopeIfPartner(PartnerScopes.REPAIRS_READ);
        return op(caller).chain(op -> {
            Uni<List<RepairOrder>> found;
            if (caller.role() == Role.CUSTOMER) {
                found = orders.ofCustomer(caller.accountId());
            } else if (caller.isPartner()) {
                found = orders.list("appointmentId in (select a.id from Appointment a where a.bookedBy = ?1) order by checkedInAt desc",
                        caller.subject());
            } else {
                LocalDate d = day != null ? day : op.now().atZone(op.zone()).toLocalDate();
                found = orders.board(d.atStartOfDay(op.zone()).toInstant(), d.plusDays(1).atStartOfDay(op.zone()).toInstant(), null);
            }
            return found.map(list -> status == null ? list : list.stream().filter(o -> o.status == status).toList())
                    .chain(list -> views.summaries(list, op));
        });
    }

    /** Technicians and team leads with their open workload, least loaded first: whom the team lead dispatches to. */
    @WithSession
    public Uni<List<io.pitstop.repair.TechnicianView>> technicians(Caller caller) {
        requireRole(caller, EnumSet.of(Role.TEAM_LEAD, Role.MANAGER, Role.ADVISOR), "The workshop's workload is for the team lead and advisors");
        return accounts.activeWith(Role.TECHNICIAN, Role.TEAM_LEAD).chain(people -> orders.list("technicianId is not null and status in ?1",
                        List.copyOf(RepairStatus.IN_WORKSHOP))
                .map(open -> {
                    Map<UUID, Long> load = open.stream().collect(Collectors.groupingBy(o -> o.technicianId, Collectors.counting()));
                    return people.stream()
                            .map(p -> new io.pitstop.repair.TechnicianView(p.id.toString(), p.name, p.role.name(), load.getOrDefault(p.id, 0L).intValue()))
                            .sorted(java.util.Comparator.comparingInt(io.pitstop.repair.TechnicianView::activeOrders)
                                    .thenComparing(io.pitstop.repair.TechnicianView::name))
                            .toList();
                }));
    }

    /** The order's events, oldest first (what its stream replays), without the staff-only ones for its owner. */
    @WithSession
    public Uni<List<RepairEventView>> timeline(Caller caller, UUID id) {
        return visible(caller, id, false).chain(o -> events.ofOrder(o.id)).map(list -> list.stream()
                .filter(e -> caller.role().isStaff() || !e.staffOnly)
                .map(e -> read(e.payload)).toList());
    }

    /** Whether the caller may follow the order's stream, and whether they see staff-only events; 404 otherwise. */
    @WithSession
    public Uni<Boolean> streamAccess(Caller caller, UUID id) {
        if (caller.isPartner()) {
            throw new ForbiddenException("Streams are for the car's owner and the staff");
        }
        return visible(caller, id, false).map(o -> caller.role().isStaff());
    }

    // ------------------------------------------------------------------------------------------------- helpers

    Uni<Op> op(Caller caller) {
        return shop.zone().map(zone -> new Op(caller, zone, clock.instant()));
    }

    /** The order if the caller may see it; otherwise it does not exist for them (404, never 403). */
    Uni<RepairOrder> visible(Caller caller, UUID id, boolean lock) {
        if (caller.isPartner()) {
            caller.requireScopeIfPartner(PartnerScopes.REPAIRS_READ);
        }
        return (lock ? orders.findForUpdate(id) : orders.findById(id)).chain(o -> {
            if (o == null) {
                throw new NotFoundException("Repair order " + id);
            }
            return switch (caller.role()) {
                case CUSTOMER -> {
                    if (!o.customerId.equals(caller.accountId())) {
                        throw new NotFoundException("Repair order " + id);
                    }
                    yield Uni.createFrom().item(o);
                }
                case PARTNER -> (o.appointmentId == null ? Uni.createFrom().<AppointmentRef>nullItem() : appointments.find(o.appointmentId))
                        .map(a -> {
                            if (a == null || !a.bookedBy().equals(caller.subject())) {
                                throw new NotFoundException("Repair order " + id);
                            }
                            return o;
                        });
                default -> Uni.createFrom().item(o);
            };
        });
    }

    private Uni<RepairOrder> locked(Caller caller, UUID id) {
        return visible(caller, id, true);
    }

    /** Appends the event (next sequence of the order, next shop-wide id) and announces it when the transaction commits. */
    public Uni<Void> append(Op op, RepairOrder o, RepairEventType type, RepairStatus from, Draft d) {
        return appendReturning(op, o, type, from, d).replaceWithVoid();
    }

    Uni<RepairEventView> appendReturning(Op op, RepairOrder o, RepairEventType type, RepairStatus from, Draft d) {
        return events.nextId().chain(id -> {
            o.lastSeq += 1;
            Caller c = op.caller();
            RepairEventView view = new RepairEventView(id, o.id.toString(), o.reference, o.lastSeq, type, op.at(op.now()),
                    c == null ? null : c.name(), c == null ? null : c.role().name(), o.status, from, d.message, d.step,
                    d.remainingMinutes, d.photoId, op.at(o.promisedAt), op.at(d.previousPromisedAt), d.delayReason, d.compensation,
                    d.compensationDetail, d.automatic, d.technicianName, d.amount);
            RepairEvent e = new RepairEvent();
            e.id = id;
            e.orderId = o.id;
            e.seq = o.lastSeq;
            e.at = op.now();
            e.type = type.name();
            e.actorId = c == null ? null : c.subject();
            e.actorRole = c == null ? null : c.role().name();
            e.staffOnly = RepairEventType.STAFF_ONLY.contains(type);
            e.payload = write(view);
            return events.persist(e)
                    .chain(() -> live.publish(RepairFeeds.ORDER, o.id.toString()))
                    .chain(() -> live.publish(RepairFeeds.BOARD, RepairFeeds.BOARD_KEY))
                    .replaceWith(view);
        });
    }

    /** The owner: in the app always, by SMS as well for what needs their action or changes their plans. */
    Uni<Void> tellOwner(RepairOrder o, Vehicle v, String kind, Map<String, String> extra, String text, boolean sms) {
        return accounts.findById(o.customerId).chain(c -> {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("reference", o.reference);
            p.put("plate", v.plate);
            p.putAll(extra);
            return notifier.send(sms ? new Recipient(c.id, c.phone) : Recipient.inAppOnly(c.id), kind, p, text, o.appointmentId, o.id);
        });
    }

    /** How the offer reads in a message when the advisor gave no wording of their own. */
    static String offer(io.pitstop.repair.Compensation c) {
        return switch (c) {
            case FREE_WASH -> "免费洗车一次";
            case EXTENDED_WARRANTY_MONTH -> "延长保修一个月";
            case DISCOUNT -> "本次维修折扣";
            case OTHER -> "其他补偿";
            case NONE -> "无";
        };
    }

    private Uni<Void> tellStaffAboutDecision(RepairOrder o, Account who) {
        if (who.role != Role.CUSTOMER) {
            return Uni.createFrom().voidItem();
        }
        return vehicles.findById(o.vehicleId).chain(v -> tellStaffAboutDecision(o, v));
    }

    private Uni<Void> tellStaffAboutDecision(RepairOrder o, Vehicle v) {
        Map<String, String> p = Map.of("reference", o.reference, "plate", v.plate, "status", o.status.name());
        Uni<Void> advisor = notifier.send(Recipient.inAppOnly(o.advisorId), "REPAIR_DECIDED", p,
                "客户已对工单 " + o.reference + " 的报价作出决定（" + o.status + "）。", o.appointmentId, o.id);
        return o.technicianId == null ? advisor : advisor.chain(() -> notifier.send(Recipient.inAppOnly(o.technicianId), "REPAIR_DECIDED", p,
                "客户已对工单 " + o.reference + " 的增项作出决定。", o.appointmentId, o.id));
    }

    static Map<String, String> params(RepairOrder o, Vehicle v, Op op) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("reference", o.reference);
        p.put("plate", v.plate);
        if (o.promisedAt != null) {
            p.put("promisedAt", op.at(o.promisedAt).toString());
        }
        return p;
    }

    private List<EstimateItem> newItems(RepairOrder o, int round, List<EstimateItemRequest> requests, Op op) {
        List<EstimateItem> list = new ArrayList<>();
        for (int n = 0; n < requests.size(); n++) {
            EstimateItemRequest r = requests.get(n);
            EstimateItem i = new EstimateItem();
            i.id = UUID.randomUUID();
            i.orderId = o.id;
            i.round = (short) round;
            i.position = (short) n;
            i.kind = r.kind();
            i.description = r.description().strip();
            i.partNumber = blankToNull(r.partNumber());
            i.quantity = r.quantity();
            i.unitPrice = r.unitPrice();
            i.necessity = r.necessity();
            i.reason = r.reason().strip();
            i.decision = Decision.PENDING;
            i.createdAt = op.now();
            i.createdBy = op.caller().accountId();
            list.add(i);
        }
        return list;
    }

    private static BigDecimal sum(List<EstimateItem> list) {
        return list.stream().map(EstimateItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void requireRole(Caller caller, Set<Role> roles, String message) {
        if (!roles.contains(caller.role())) {
            throw new ForbiddenException(message);
        }
    }

    private static void requireOpen(RepairOrder o) {
        if (!RepairStatus.OPEN.contains(o.status)) {
            throw new ConflictException("order-closed", "The order is " + o.status);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String reference() {
        StringBuilder sb = new StringBuilder("RO-");
        for (int i = 0; i < 6; i++) {
            sb.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
        }
        return sb.toString();
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private RepairEventView read(String payload) {
        try {
            return json.readValue(payload, RepairEventView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}

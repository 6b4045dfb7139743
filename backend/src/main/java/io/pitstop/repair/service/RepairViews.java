package io.pitstop.repair.service;

import io.pitstop.booking.persistence.Vehicle;
import io.pitstop.booking.persistence.VehicleRepository;
import io.pitstop.identity.Role;
import io.pitstop.identity.persistence.Account;
import io.pitstop.identity.persistence.AccountRepository;
import io.pitstop.repair.AttachmentView;
import io.pitstop.repair.Decision;
import io.pitstop.repair.DelayView;
import io.pitstop.repair.EstimateItemView;
import io.pitstop.repair.EstimateView;
import io.pitstop.repair.Reception;
import io.pitstop.repair.RepairOrderSummary;
import io.pitstop.repair.RepairOrderView;
import io.pitstop.repair.RepairPerson;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.RepairVehicle;
import io.pitstop.repair.SettlementLineView;
import io.pitstop.repair.SettlementView;
import io.pitstop.repair.persistence.Attachment;
import io.pitstop.repair.persistence.AttachmentRepository;
import io.pitstop.repair.persistence.EstimateItem;
import io.pitstop.repair.persistence.EstimateItemRepository;
import io.pitstop.repair.persistence.RepairDelay;
import io.pitstop.repair.persistence.RepairDelayRepository;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.repair.persistence.SettlementLine;
import io.pitstop.repair.persistence.SettlementLineRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Repair orders as clients see them, loaded with few queries. */
@ApplicationScoped
public class RepairViews {

    private final AccountRepository accounts;
    private final VehicleRepository vehicles;
    private final EstimateItemRepository items;
    private final RepairDelayRepository delays;
    private final SettlementLineRepository settlements;
    private final AttachmentRepository attachments;
    private final RepairRules rules;

    public RepairViews(AccountRepository accounts, VehicleRepository vehicles, EstimateItemRepository items, RepairDelayRepository delays,
                       SettlementLineRepository settlements, AttachmentRepository attachments, RepairRules rules) {
        this.accounts = accounts;
        this.vehicles = vehicles;
        this.items = items;
        this.delays = delays;
        this.settlements = settlements;
        this.attachments = attachments;
        this.rules = rules;
    }

    Uni<RepairOrderView> full(RepairOrder o, RepairService.Op op) {
        return items.ofOrder(o.id).chain(its -> delays.ofOrder(o.id).chain(ds -> settlements.ofOrder(o.id)
                .chain(lines -> attachments.ofOrder(o.id).chain(files -> vehicles.findById(o.vehicleId).chain(v -> {
                    Set<UUID> people = Stream.concat(Stream.of(o.customerId, o.advisorId, o.technicianId, o.settlementAcknowledgedBy),
                            ds.stream().map(d -> d.declaredBy)).filter(Objects::nonNull).collect(Collectors.toSet());
                    return accounts.list("id in ?1", people).map(accs -> view(o, op,
                            accs.stream().collect(Collectors.toMap(a -> a.id, Function.identity())), v, its, ds, lines, files));
                })))));
    }

    private RepairOrderView view(RepairOrder o, RepairService.Op op, Map<UUID, Account> people, Vehicle v, List<EstimateItem> its,
                                 List<RepairDelay> ds, List<SettlementLine> lines, List<Attachment> files) {
        Account customer = people.get(o.customerId);
        Account advisor = people.get(o.advisorId);
        Account tech = o.technicianId == null ? null : people.get(o.technicianId);
        List<EstimateItemView> itemViews = its.stream().map(i -> new EstimateItemView(i.id.toString(), i.round, i.kind, i.description,
                i.partNumber, i.quantity, i.unitPrice, i.amount(), i.necessity, i.reason, i.decision, op.at(i.decidedAt), i.decidedByName,
                i.decidedByRole == null ? null : i.decidedByRole.name())).toList();
        EstimateView estimate = new EstimateView(o.diagnosis, itemViews, total(its, Decision.APPROVED), total(its, Decision.PENDING),
                total(its, Decision.DECLINED), (int) its.stream().filter(i -> i.decision == Decision.PENDING).count());
        List<DelayView> delayViews = ds.stream().map(d -> new DelayView(d.reason, d.detail, op.at(d.previousPromisedAt),
                op.at(d.newPromisedAt), d.compensation, d.compensationDetail, op.at(d.declaredAt),
                people.containsKey(d.declaredBy) ? people.get(d.declaredBy).name : null,
                Duration.between(d.declaredAt, d.previousPromisedAt).toMinutes())).toList();
        SettlementView settlement = null;
        if (o.settlementIssuedAt != null) {
            BigDecimal estimated = total(its, Decision.APPROVED);
            BigDecimal sum = lines.stream().map(l -> l.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            settlement = new SettlementView(lines.stream().map(l -> new SettlementLineView(l.itemId == null ? null : l.itemId.toString(),
                    l.kind, l.description, l.quantity, l.unitPrice, l.estimatedAmount, l.amount,
                    l.amount.subtract(l.estimatedAmount == null ? BigDecimal.ZERO : l.estimatedAmount), l.differenceReason)).toList(),
                    estimated, sum, sum.subtract(estimated), op.at(o.settlementIssuedAt), op.at(o.settlementAcknowledgedAt),
                    o.settlementAcknowledgedBy == null || !people.containsKey(o.settlementAcknowledgedBy) ? null
                            : people.get(o.settlementAcknowledgedBy).name);
        }
        List<AttachmentView> attachmentViews = files.stream().map(f -> attachment(f, op)).toList();
        boolean staff = op.caller().role().isStaff();
        return new RepairOrderView(o.id.toString(), o.reference, o.status, o.appointmentId == null ? null : o.appointmentId.toString(),
                person(customer, true), vehicle(v), person(advisor, true), tech == null ? null : person(tech, staff),
                new Reception(o.mileageKm, o.fuelLevel, o.bodyDamage,
                        o.warningLights == null ? List.of() : Arrays.asList(o.warningLights.split("\\|")), o.symptoms, o.faultReproduced),
                o.safetyCritical, estimate, o.expectedMinutes, op.at(o.promisedAt), !ds.isEmpty(), delayViews, o.currentStep,
                o.remainingMinutes, op.at(o.lastUpdateAt), updateOverdue(o, op.now()), settlement, attachmentViews,
                o.nextServiceDueDate, o.nextServiceDueKm, op.at(o.checkedInAt), op.at(o.approvedAt), op.at(o.dispatchedAt),
                op.at(o.readyAt), op.at(o.deliveredAt), o.lastSeq, staff ? RepairFlow.next(o, op.caller()) : List.of());
    }

    Uni<List<RepairOrderSummary>> summaries(List<RepairOrder> list, RepairService.Op op) {
        if (list.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<UUID> ids = list.stream().map(o -> o.id).collect(Collectors.toSet());
        Set<UUID> people = list.stream().flatMap(o -> Stream.of(o.customerId, o.advisorId, o.technicianId))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Set<UUID> cars = list.stream().map(o -> o.vehicleId).collect(Collectors.toSet());
        return accounts.list("id in ?1", people).chain(accs -> vehicles.list("id in ?1", cars).chain(vs -> items.ofOrders(ids)
                .chain(its -> delays.delayedAmong(ids).map(delayed -> {
                    Map<UUID, Account> byId = accs.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
                    Map<UUID, Vehicle> carById = vs.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
                    Map<UUID, Long> pending = its.stream().filter(i -> i.decision == Decision.PENDING)
                            .collect(Collectors.groupingBy(i -> i.orderId, Collectors.counting()));
                    Set<UUID> delayedSet = Set.copyOf(delayed);
                    return list.stream().map(o -> {
                        Vehicle v = carById.get(o.vehicleId);
                        Account tech = o.technicianId == null ? null : byId.get(o.technicianId);
                        return new RepairOrderSummary(o.id.toString(), o.reference, o.status, v.plate, v.make + " " + v.model,
                                byId.get(o.customerId).name, byId.get(o.advisorId).name, tech == null ? null : tech.name,
                                o.safetyCritical, op.at(o.promisedAt), delayedSet.contains(o.id), o.currentStep, o.remainingMinutes,
                                op.at(o.lastUpdateAt), updateOverdue(o, op.now()), pending.getOrDefault(o.id, 0L).intValue(),
                                op.at(o.checkedInAt), op.at(o.deliveredAt), o.nextServiceDueDate, o.nextServiceDueKm, o.lastSeq);
                    }).toList();
                }))));
    }

    /** A long repair in the workshop whose owner has heard nothing from a person within the hour. */
    boolean updateOverdue(RepairOrder o, Instant now) {
        if (!RepairStatus.IN_WORKSHOP.contains(o.status) || o.expectedMinutes == null
                || o.expectedMinutes <= rules.longRepair().toMinutes() || o.dispatchedAt == null) {
            return false;
        }
        Instant last = o.lastStaffUpdateAt != null && o.lastStaffUpdateAt.isAfter(o.dispatchedAt) ? o.lastStaffUpdateAt : o.dispatchedAt;
        return !now.isBefore(last.plus(rules.updateEvery()));
    }

    static AttachmentView attachment(Attachment f, RepairService.Op op) {
        return new AttachmentView(f.id.toString(), f.purpose, f.contentType, f.sizeBytes, f.fileName, op.at(f.uploadedAt),
                "/api/v1/repair-orders/" + f.orderId + "/attachments/" + f.id);
    }

    private static RepairPerson person(Account a, boolean withPhone) {
        return a == null ? null : new RepairPerson(a.id.toString(), a.name, withPhone ? a.phone : null);
    }

    private static RepairVehicle vehicle(Vehicle v) {
        return new RepairVehicle(v.id.toString(), v.plate, v.vin, v.make, v.model);
    }

    private static BigDecimal total(List<EstimateItem> its, Decision decision) {
        return its.stream().filter(i -> i.decision == decision).map(EstimateItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

package io.pitstop.repair.service;

import io.pitstop.booking.VehicleView;
import io.pitstop.booking.service.VehicleService;
import io.pitstop.identity.Person;
import io.pitstop.identity.service.People;
import io.pitstop.repair.AttachmentView;
import io.pitstop.repair.Decision;
import io.pitstop.common.RequestLanguage;
import io.pitstop.parts.LineSupply;
import io.pitstop.parts.SupplyState;
import io.pitstop.repair.DelayProposal;
import io.pitstop.repair.DelayReason;
import io.pitstop.repair.DelayView;
import io.pitstop.repair.ItemKind;
import io.pitstop.repair.PartSupplyView;
import io.pitstop.repair.RepairStatus;
import io.pitstop.shop.ShopService;
import io.pitstop.repair.EstimateItemView;
import io.pitstop.repair.EstimateView;
import io.pitstop.repair.Reception;
import io.pitstop.repair.RepairOrderSummary;
import io.pitstop.repair.RepairOrderView;
import io.pitstop.repair.RepairPerson;
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
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Repair orders as clients see them, loaded with few queries. */
@ApplicationScoped
public class RepairViews {

    private final People people;
    private final VehicleService vehicles;
    private final EstimateItemRepository items;
    private final RepairDelayRepository delays;
    private final SettlementLineRepository settlements;
    private final AttachmentRepository attachments;
    private final RepairRules rules;
    private final PartsSupply supply;
    private final ShopService shop;
    private final RequestLanguage language;

    public RepairViews(People people, VehicleService vehicles, EstimateItemRepository items, RepairDelayRepository delays,
                       SettlementLineRepository settlements, AttachmentRepository attachments, RepairRules rules, PartsSupply supply,
                       ShopService shop, RequestLanguage language) {
        this.supply = supply;
        this.shop = shop;
        this.language = language;
        this.people = people;
        this.vehicles = vehicles;
        this.items = items;
        this.delays = delays;
        this.settlements = settlements;
        this.attachments = attachments;
        this.rules = rules;
    }

    Uni<RepairOrderView> full(RepairOrder o, Acting op) {
        return items.ofOrder(o.id).chain(its -> delays.ofOrder(o.id).chain(ds -> settlements.ofOrder(o.id)
                .chain(lines -> attachments.ofOrder(o.id).chain(files -> vehicles.find(o.vehicleId).chain(v -> {
                    Set<UUID> involved = Stream.concat(Stream.of(o.customerId, o.advisorId, o.technicianId, o.settlementAcknowledgedBy),
                            ds.stream().map(d -> d.declaredBy)).filter(Objects::nonNull).collect(Collectors.toSet());
                    return people.byIds(involved).chain(byId -> supply.ofOrder(o, its).chain(supplies -> proposal(o, op, supplies)
                            .map(proposal -> view(o, op, byId, v, its, ds, lines, files, supplies, proposal))));
                })))));
    }

    /**
     * Staff only: an order waiting for parts that will not be ready by its promise gets the delay to declare, reason the
     * part, new time the latest expected arrival plus the work still to do, in opening hours.
     */
    private Uni<DelayProposal> proposal(RepairOrder o, Acting op, Map<UUID, LineSupply> supplies) {
        List<LineSupply> missing = supplies.values().stream().filter(s -> s.state() == SupplyState.SHORT).toList();
        Instant latest = PartsTexts.latestArrival(missing);
        if (o.status != RepairStatus.WAITING_PARTS || latest == null || op.caller() == null || !op.caller().role().isStaff()
                || !io.quarkus.arc.Arc.container().requestContext().isActive()) {
            return Uni.createFrom().nullItem();
        }
        int remaining = o.remainingMinutes != null ? o.remainingMinutes : o.expectedMinutes == null ? 0 : o.expectedMinutes;
        return shop.workClock().map(work -> {
            Instant promise = Promises.promise(work, latest.isAfter(op.now()) ? latest : op.now(), remaining);
            if (o.promisedAt != null && !promise.isAfter(o.promisedAt)) {
                return null;
            }
            String detail = PartsTexts.shortage(language.get(), missing, op);
            return new DelayProposal(DelayReason.PART_OUT_OF_STOCK, detail.length() > 500 ? detail.substring(0, 500) : detail,
                    op.at(wholeMinute(promise)));
        });
    }

    /** A promise is said to the minute: a later one rounds up. */
    static Instant wholeMinute(Instant t) {
        Instant down = t.truncatedTo(ChronoUnit.MINUTES);
        return down.equals(t) ? t : down.plus(1, ChronoUnit.MINUTES);
    }

    /** A line's part as its reader may see it: the owner, the state and the expected arrival only. */
    private static PartSupplyView supplyView(LineSupply s, Acting op) {
        if (s == null) {
            return null;
        }
        boolean staff = op.caller() != null && op.caller().role().isStaff();
        return staff ? new PartSupplyView(s.state(), s.reserved(), s.issued(), op.at(s.expectedAt()),
                s.purchaseOrderId() == null ? null : s.purchaseOrderId().toString(), op.at(s.askedAt()))
                : new PartSupplyView(s.state(), null, null, op.at(s.expectedAt()), null, null);
    }

    private RepairOrderView view(RepairOrder o, Acting op, Map<UUID, Person> people, VehicleView v, List<EstimateItem> its,
                                 List<RepairDelay> ds, List<SettlementLine> lines, List<Attachment> files, Map<UUID, LineSupply> supplies,
                                 DelayProposal proposal) {
        Person customer = people.get(o.customerId);
        Person advisor = people.get(o.advisorId);
        Person tech = o.technicianId == null ? null : people.get(o.technicianId);
        List<EstimateItemView> itemViews = its.stream().map(i -> new EstimateItemView(i.id.toString(), i.round, i.kind, i.description,
                i.partNumber, i.quantity, i.unitPrice, i.amount(), i.necessity, i.reason, i.decision, op.at(i.decidedAt), i.decidedByName,
                i.decidedByRole == null ? null : i.decidedByRole.name(), i.partId == null ? null : i.partId.toString(),
                i.kind == ItemKind.PART && i.partId == null, supplyView(supplies.get(i.id), op))).toList();
        EstimateView estimate = new EstimateView(o.diagnosis, itemViews, Estimates.total(its, Decision.APPROVED),
                Estimates.total(its, Decision.PENDING), Estimates.total(its, Decision.DECLINED), Estimates.pending(its));
        List<DelayView> delayViews = ds.stream().map(d -> new DelayView(d.reason, d.detail, op.at(d.previousPromisedAt),
                op.at(d.newPromisedAt), d.compensation, d.compensationDetail, op.at(d.declaredAt),
                people.containsKey(d.declaredBy) ? people.get(d.declaredBy).name() : null,
                Duration.between(d.declaredAt, d.previousPromisedAt).toMinutes())).toList();
        SettlementView settlement = null;
        if (o.settlementIssuedAt != null) {
            BigDecimal estimated = Estimates.total(its, Decision.APPROVED);
            BigDecimal sum = SettlementLines.total(lines);
            settlement = new SettlementView(lines.stream().map(l -> new SettlementLineView(l.id.toString(),
                    l.itemId == null ? null : l.itemId.toString(), l.kind, l.description, l.quantity, l.unitPrice, l.estimatedAmount, l.amount,
                    l.amount.subtract(l.estimatedAmount == null ? BigDecimal.ZERO : l.estimatedAmount), l.differenceReason, l.decision,
                    op.at(l.decidedAt), l.decidedByName, l.warrantyMonths == null ? null : l.warrantyMonths.intValue(), l.warrantyKm,
                    l.partId == null ? null : l.partId.toString(), l.kind == ItemKind.PART && l.partId == null, l.oldPart)).toList(),
                    estimated, sum, sum.subtract(estimated), op.at(o.settlementIssuedAt), op.at(o.settlementAcknowledgedAt),
                    o.settlementAcknowledgedBy == null || !people.containsKey(o.settlementAcknowledgedBy) ? null
                            : people.get(o.settlementAcknowledgedBy).name(),
                    SettlementLines.pending(lines),
                    o.settlementSignatureKey == null ? null : "/api/v1/repair-orders/" + o.id + "/settlement/signature");
        }
        List<AttachmentView> attachmentViews = files.stream().map(f -> attachment(f, op)).toList();
        boolean staff = op.caller().role().isStaff();
        return new RepairOrderView(o.id.toString(), o.reference, o.status, o.appointmentId == null ? null : o.appointmentId.toString(),
                person(customer, true), vehicle(v), person(advisor, true), tech == null ? null : person(tech, staff),
                new Reception(o.mileageKm, o.fuelLevel, o.bodyDamage,
                        o.warningLights == null ? List.of() : Arrays.asList(o.warningLights.split("\\|")), o.symptoms, o.faultReproduced),
                o.safetyCritical, estimate, o.expectedMinutes, op.at(o.promisedAt), !ds.isEmpty(), delayViews, o.currentStep,
                o.remainingMinutes, op.at(o.lastUpdateAt), Promises.updateOverdue(o, op.now(), rules), settlement, attachmentViews,
                o.nextServiceDueDate, o.nextServiceDueKm, op.at(o.checkedInAt), op.at(o.approvedAt), op.at(o.dispatchedAt),
                op.at(o.readyAt), op.at(o.deliveredAt), o.lastSeq, staff ? RepairFlow.next(o, op.caller()) : List.of(),
                staff ? proposal : null);
    }

    Uni<List<RepairOrderSummary>> summaries(List<RepairOrder> list, Acting op) {
        if (list.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<UUID> ids = list.stream().map(o -> o.id).collect(Collectors.toSet());
        Set<UUID> involved = list.stream().flatMap(o -> Stream.of(o.customerId, o.advisorId, o.technicianId))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Set<UUID> cars = list.stream().map(o -> o.vehicleId).collect(Collectors.toSet());
        return people.byIds(involved).chain(byId -> vehicles.byIds(cars).chain(carById -> items.ofOrders(ids)
                .chain(its -> delays.delayedAmong(ids).map(delayed -> {
                    Map<UUID, Long> pending = its.stream().filter(i -> i.decision == Decision.PENDING)
                            .collect(Collectors.groupingBy(i -> i.orderId, Collectors.counting()));
                    Set<UUID> delayedSet = Set.copyOf(delayed);
                    return list.stream().map(o -> {
                        VehicleView v = carById.get(o.vehicleId);
                        Person tech = o.technicianId == null ? null : byId.get(o.technicianId);
                        return new RepairOrderSummary(o.id.toString(), o.reference, o.status, v.plate(), v.make() + " " + v.model(),
                                byId.get(o.customerId).name(), byId.get(o.advisorId).name(), tech == null ? null : tech.name(),
                                o.safetyCritical, op.at(o.promisedAt), delayedSet.contains(o.id), o.currentStep, o.remainingMinutes,
                                op.at(o.lastUpdateAt), Promises.updateOverdue(o, op.now(), rules), pending.getOrDefault(o.id, 0L).intValue(),
                                op.at(o.checkedInAt), op.at(o.deliveredAt), o.nextServiceDueDate, o.nextServiceDueKm, o.lastSeq);
                    }).toList();
                }))));
    }

    static AttachmentView attachment(Attachment f, Acting op) {
        return new AttachmentView(f.id.toString(), f.purpose, f.contentType, f.sizeBytes, f.fileName, op.at(f.uploadedAt),
                "/api/v1/repair-orders/" + f.orderId + "/attachments/" + f.id);
    }

    private static RepairPerson person(Person p, boolean withPhone) {
        return p == null ? null : new RepairPerson(p.id().toString(), p.name(), withPhone ? p.phone() : null);
    }

    private static RepairVehicle vehicle(VehicleView v) {
        return new RepairVehicle(v.id(), v.plate(), v.vin(), v.make(), v.model(), v.energyType());
    }
}

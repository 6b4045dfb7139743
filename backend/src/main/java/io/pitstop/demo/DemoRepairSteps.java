package io.pitstop.demo;

import io.pitstop.booking.persistence.Vehicle;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Role;
import io.pitstop.identity.persistence.Account;
import io.pitstop.repair.Compensation;
import io.pitstop.repair.Decision;
import io.pitstop.repair.DelayReason;
import io.pitstop.repair.FaultReproduced;
import io.pitstop.repair.FuelLevel;
import io.pitstop.repair.ItemKind;
import io.pitstop.repair.Necessity;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.EstimateItem;
import io.pitstop.repair.persistence.EstimateItemRepository;
import io.pitstop.repair.persistence.RepairDelay;
import io.pitstop.repair.persistence.RepairDelayRepository;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.repair.persistence.RepairOrderRepository;
import io.pitstop.repair.persistence.SettlementLine;
import io.pitstop.repair.persistence.SettlementLineRepository;
import io.pitstop.repair.service.Acting;
import io.pitstop.repair.service.Estimates;
import io.pitstop.repair.service.EventDetails;
import io.pitstop.repair.service.Promises;
import io.pitstop.repair.service.SettlementLines;
import io.pitstop.repair.service.RepairJournal;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The steps a demo order's past is made of, each at its time and by its person: the rows as the shop's operations
 * would have left them, and the event each step records through the order's journal ({@link RepairJournal}), so
 * the demo's history reads like any other.
 */
@ApplicationScoped
class DemoRepairSteps {

    /** What a scenario needs: the people by phone, the time zone, and "now". */
    record Day(Map<String, Account> people, ZoneId zone, Instant now) {
        Account p(String phone) {
            return people.get(phone);
        }

        Instant ago(int minutes) {
            return now.minus(Duration.ofMinutes(minutes));
        }
    }

    private final RepairOrderRepository orders;
    private final EstimateItemRepository items;
    private final RepairDelayRepository delays;
    private final SettlementLineRepository settlements;
    private final RepairJournal journal;

    DemoRepairSteps(RepairOrderRepository orders, EstimateItemRepository items, RepairDelayRepository delays,
                    SettlementLineRepository settlements, RepairJournal journal) {
        this.orders = orders;
        this.items = items;
        this.delays = delays;
        this.settlements = settlements;
        this.journal = journal;
    }

    RepairOrder order(Day d, Vehicle car, Account advisor, String reference, int minutesAgo, String symptoms,
                      FaultReproduced reproduced, boolean safety) {
        RepairOrder o = new RepairOrder();
        o.id = UUID.randomUUID();
        o.reference = reference;
        o.customerId = car.customerId;
        o.vehicleId = car.id;
        o.advisorId = advisor.id;
        o.status = RepairStatus.CHECKED_IN;
        o.mileageKm = car.mileageKm;
        o.fuelLevel = FuelLevel.HALF;
        o.symptoms = symptoms;
        o.faultReproduced = reproduced;
        o.safetyCritical = safety;
        o.checkedInAt = d.ago(minutesAgo);
        o.createdBy = advisor.id;
        return o;
    }

    Uni<Void> start(Day d, RepairOrder o, int minutesAgo, Account advisor) {
        return orders.persist(o).chain(() -> event(d, o, minutesAgo, advisor, RepairEventType.CHECKED_IN, null, EventDetails.message(o.symptoms), () -> {
        }));
    }

    Uni<Void> estimate(Day d, RepairOrder o, int minutesAgo, Account advisor, int duration, List<EstimateItem> its) {
        short n = 0;
        for (EstimateItem i : its) {
            i.orderId = o.id;
            i.position = n++;
            i.createdAt = d.ago(minutesAgo);
            i.createdBy = advisor.id;
        }
        EventDetails draft = EventDetails.message(o.diagnosis).withAmount(Estimates.sum(its));
        return items.persist(its).chain(() -> event(d, o, minutesAgo, advisor, RepairEventType.ESTIMATE_SENT, o.status, draft, () -> {
            o.status = RepairStatus.AWAITING_APPROVAL;
            o.expectedMinutes = duration;
            o.estimateSentAt = d.ago(minutesAgo);
        }));
    }

    Uni<Void> decideAll(Day d, RepairOrder o, int minutesAgo, Decision decision) {
        Account owner = d.people().values().stream().filter(a -> a.id.equals(o.customerId)).findFirst().orElseThrow();
        return items.ofOrder(o.id).chain(its -> {
            its.forEach(i -> {
                i.decision = decision;
                i.decidedAt = d.ago(minutesAgo);
                i.decidedBy = owner.id;
                i.decidedByName = owner.name;
                i.decidedByRole = Role.CUSTOMER;
            });
            long approved = decision == Decision.APPROVED ? its.size() : 0;
            return event(d, o, minutesAgo, owner, RepairEventType.ITEMS_DECIDED, o.status,
                    EventDetails.message(approved + " approved, " + (its.size() - approved) + " declined"), () -> {
                    });
        });
    }

    Uni<Void> approve(Day d, RepairOrder o, int minutesAgo) {
        Account owner = d.people().values().stream().filter(a -> a.id.equals(o.customerId)).findFirst().orElseThrow();
        return event(d, o, minutesAgo, owner, RepairEventType.APPROVED, RepairStatus.AWAITING_APPROVAL, EventDetails.NONE, () -> {
            o.status = RepairStatus.APPROVED;
            o.approvedAt = d.ago(minutesAgo);
            o.promisedAt = Promises.promise(DemoData.WORK, o.approvedAt, o.expectedMinutes);
        });
    }

    Uni<Void> dispatch(Day d, RepairOrder o, int minutesAgo, Account tech) {
        EventDetails draft = EventDetails.NONE.withTechnician(tech.name);
        return event(d, o, minutesAgo, d.p("13800000004"), RepairEventType.DISPATCHED, o.status, draft, () -> {
            o.status = RepairStatus.DISPATCHED;
            o.technicianId = tech.id;
            o.dispatchedAt = d.ago(minutesAgo);
        });
    }

    Uni<Void> move(Day d, RepairOrder o, int minutesAgo, Account who, RepairStatus to, RepairEventType type, String reason) {
        return event(d, o, minutesAgo, who, type, o.status, EventDetails.message(reason), () -> {
            o.status = to;
            if (to == RepairStatus.IN_REPAIR && o.repairStartedAt == null) {
                o.repairStartedAt = d.ago(minutesAgo);
            }
            if (to == RepairStatus.READY) {
                o.readyAt = d.ago(minutesAgo);
                o.remainingMinutes = 0;
            }
        });
    }

    Uni<Void> update(Day d, RepairOrder o, int minutesAgo, Account who, String message, String step, int remaining) {
        EventDetails draft = EventDetails.update(message, step, remaining, null, false);
        return event(d, o, minutesAgo, who, RepairEventType.UPDATE, o.status, draft, () -> {
            o.currentStep = step;
            o.remainingMinutes = remaining;
            o.lastUpdateAt = d.ago(minutesAgo);
            o.lastStaffUpdateAt = d.ago(minutesAgo);
        });
    }

    Uni<Void> delay(Day d, RepairOrder o, int minutesAgo, Account advisor, DelayReason reason, String detail, int laterMinutes,
                    Compensation compensation, String offer) {
        RepairDelay delay = new RepairDelay();
        delay.id = UUID.randomUUID();
        delay.orderId = o.id;
        delay.reason = reason;
        delay.detail = detail;
        delay.previousPromisedAt = o.promisedAt;
        delay.newPromisedAt = o.promisedAt.plus(Duration.ofMinutes(laterMinutes));
        delay.compensation = compensation;
        delay.compensationDetail = offer;
        delay.declaredAt = d.ago(minutesAgo);
        delay.declaredBy = advisor.id;
        EventDetails draft = EventDetails.delay(detail, o.promisedAt, reason, compensation, offer);
        return delays.persist(delay).chain(() -> event(d, o, minutesAgo, advisor, RepairEventType.DELAY, o.status, draft,
                () -> o.promisedAt = delay.newPromisedAt));
    }

    Uni<Void> settle(Day d, RepairOrder o, int minutesAgo, Account advisor, List<EstimateItem> approved, List<SettlementLine> extra) {
        List<SettlementLine> lines = new ArrayList<>();
        short n = 0;
        for (EstimateItem i : approved) {
            lines.add(line(i, i.kind, i.description, i.quantity.doubleValue(), i.unitPrice.toPlainString(), null));
        }
        lines.addAll(extra);
        for (SettlementLine l : lines) {
            l.orderId = o.id;
            l.position = n++;
        }
        EventDetails draft = EventDetails.amount(SettlementLines.total(lines));
        return settlements.persist(lines).chain(() -> event(d, o, minutesAgo, advisor, RepairEventType.SETTLEMENT_ISSUED, o.status, draft,
                () -> o.settlementIssuedAt = d.ago(minutesAgo)));
    }

    Uni<Void> acknowledge(Day d, RepairOrder o, int minutesAgo, Account owner) {
        return event(d, o, minutesAgo, owner, RepairEventType.SETTLEMENT_ACKNOWLEDGED, o.status, EventDetails.NONE, () -> {
            o.settlementAcknowledgedAt = d.ago(minutesAgo);
            o.settlementAcknowledgedBy = owner.id;
        });
    }

    Uni<Void> deliver(Day d, RepairOrder o, int minutesAgo, Account advisor) {
        return event(d, o, minutesAgo, advisor, RepairEventType.DELIVERED, RepairStatus.READY, EventDetails.NONE, () -> {
            o.status = RepairStatus.DELIVERED;
            o.deliveredAt = d.ago(minutesAgo);
            o.nextServiceDueDate = LocalDate.ofInstant(d.now(), d.zone()).plusMonths(6);
            o.nextServiceDueKm = o.mileageKm + 10_000;
        });
    }

    Uni<Void> cancel(Day d, RepairOrder o, int minutesAgo, Account who, String reason) {
        return event(d, o, minutesAgo, who, RepairEventType.CANCELLED, o.status, EventDetails.message(reason), () -> {
            o.status = RepairStatus.CANCELLED;
            o.cancelledAt = d.ago(minutesAgo);
        });
    }

    /** Applies the change, then records the event as of that time, by that person. */
    private Uni<Void> event(Day d, RepairOrder o, int minutesAgo, Account who, RepairEventType type, RepairStatus from,
                            EventDetails details, Runnable change) {
        change.run();
        Caller actor = new Caller(who.id.toString(), who.role, who.name, Set.of());
        return journal.append(new Acting(actor, d.zone(), d.ago(minutesAgo)), o, type, from, details).replaceWithVoid();
    }

    static EstimateItem item(ItemKind kind, String description, double quantity, String price, Necessity necessity, String reason) {
        EstimateItem i = new EstimateItem();
        i.id = UUID.randomUUID();
        i.kind = kind;
        i.description = description;
        i.quantity = BigDecimal.valueOf(quantity).setScale(2);
        i.unitPrice = new BigDecimal(price).setScale(2);
        i.necessity = necessity;
        i.reason = reason;
        i.decision = Decision.PENDING;
        return i;
    }

    static SettlementLine line(EstimateItem from, ItemKind kind, String description, double quantity, String price, String reason) {
        SettlementLine l = new SettlementLine();
        l.id = UUID.randomUUID();
        l.itemId = from == null ? null : from.id;
        // A line that was not on the estimate waits for the owner's approval before they sign.
        l.decision = from == null ? Decision.PENDING : Decision.APPROVED;
        l.kind = kind;
        l.description = description;
        l.quantity = BigDecimal.valueOf(quantity).setScale(2);
        l.unitPrice = new BigDecimal(price).setScale(2);
        l.amount = EstimateItem.amount(l.quantity, l.unitPrice);
        l.estimatedAmount = from == null ? null : from.amount();
        l.differenceReason = reason;
        return l;
    }
}

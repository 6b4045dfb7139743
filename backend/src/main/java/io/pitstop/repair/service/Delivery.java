package io.pitstop.repair.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.Texts;
import io.pitstop.identity.Caller;
import io.pitstop.notify.NotificationKind;
import io.pitstop.repair.Decision;
import io.pitstop.repair.DeliveryRequest;
import io.pitstop.repair.OldPartDisposition;
import io.pitstop.repair.OldPartRequest;
import io.pitstop.repair.PaymentRequest;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairOrderView;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.repair.persistence.SettlementLine;
import io.pitstop.repair.persistence.SettlementLineRepository;
import io.pitstop.repair.persistence.SettlementPayment;
import io.pitstop.repair.persistence.SettlementPaymentRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Hand-over (交车, domain step 8): a READY car whose settlement the owner signed, the payment received (it matches the
 * settlement's total, or the difference says why) with its invoice number, and the next service due (the configured
 * rule's proposal unless the advisor says otherwise).
 */
@ApplicationScoped
public class Delivery {

    private final OrderAccess access;
    private final SettlementLineRepository settlements;
    private final SettlementPaymentRepository payments;
    private final RepairJournal journal;
    private final RepairNotices notices;
    private final RepairViews views;
    private final SettlementRules rules;
    private final PartsSupply supply;

    public Delivery(OrderAccess access, SettlementLineRepository settlements, SettlementPaymentRepository payments, RepairJournal journal,
                    RepairNotices notices, RepairViews views, SettlementRules rules, PartsSupply supply) {
        this.supply = supply;
        this.access = access;
        this.settlements = settlements;
        this.payments = payments;
        this.journal = journal;
        this.notices = notices;
        this.views = views;
        this.rules = rules;
    }

    @WithTransaction
    public Uni<RepairOrderView> deliver(Caller caller, UUID id, DeliveryRequest req) {
        return access.change(caller, id, (act, o) -> {
            if (o.status != RepairStatus.READY) {
                throw new ConflictException("illegal-transition", Detail.of("problem.repair.deliver-when-ready", Map.of("status", o.status)));
            }
            if (o.settlementAcknowledgedAt == null) {
                throw new ConflictException("settlement-not-acknowledged", Detail.of("problem.repair.settlement-not-acknowledged"));
            }
            LocalDate today = act.now().atZone(act.zone()).toLocalDate();
            LocalDate dueDate = req.nextServiceDueDate() == null ? nextServiceDate(today, rules) : req.nextServiceDueDate();
            int dueKm = req.nextServiceDueKm() == null ? nextServiceKm(o, rules) : req.nextServiceDueKm();
            if (!dueDate.isAfter(today)) {
                throw new InvalidInputException("nextServiceDueDate", Detail.of("problem.repair.next-service-in-future"));
            }
            if (dueKm <= o.mileageKm) {
                throw new InvalidInputException("nextServiceDueKm", Detail.of("problem.repair.next-service-above-mileage",
                        Map.of("mileageKm", o.mileageKm)));
            }
            return settlements.ofOrder(o.id).chain(lines -> {
                SettlementPayment payment = payment(o, req.payment(), SettlementLines.total(lines), caller, act);
                oldParts(lines, req.oldParts());
                RepairStatus from = o.status;
                o.status = RepairStatus.DELIVERED;
                o.deliveredAt = act.now();
                o.nextServiceDueDate = dueDate;
                o.nextServiceDueKm = dueKm;
                return supply.releaseOrder(act, o).chain(() -> payments.persist(payment))
                        .chain(() -> journal.append(act, o, RepairEventType.DELIVERED, from, EventDetails.amount(payment.amount)))
                        .chain(() -> notices.owner(o, NotificationKind.REPAIR_DELIVERED, Map.of("nextServiceDueDate",
                                dueDate.toString(), "nextServiceDueKm", Integer.toString(dueKm)), true))
                        .chain(() -> views.full(o, act));
            });
        });
    }

    /** The payment as received: an amount other than the total is recorded with its reason, never silently. */
    static SettlementPayment payment(RepairOrder o, PaymentRequest req, BigDecimal total, Caller caller, Acting act) {
        String reason = Texts.optional(req.differenceReason());
        if (req.amount().compareTo(total) != 0 && reason == null) {
            throw new InvalidInputException("payment.differenceReason", Detail.of("problem.repair.payment-difference",
                    Map.of("total", total.toPlainString())));
        }
        SettlementPayment p = new SettlementPayment();
        p.id = UUID.randomUUID();
        p.orderId = o.id;
        p.method = req.method();
        p.amount = req.amount();
        p.settlementTotal = total;
        p.differenceReason = req.amount().compareTo(total) == 0 ? null : reason;
        p.invoiceNumber = req.invoiceNumber().strip();
        p.recordedAt = act.now();
        p.recordedBy = caller.accountId();
        return p;
    }

    /**
     * The old part of every line that put in a catalogue part is shown to the owner, left with them or kept for a claim,
     * and that is recorded on the line: each such line named once, no other line named.
     */
    static void oldParts(List<SettlementLine> lines, List<OldPartRequest> given) {
        List<OldPartRequest> told = given == null ? List.of() : given;
        Map<UUID, SettlementLine> catalogue = new HashMap<>();
        for (SettlementLine l : lines) {
            if (l.partId != null && l.decision == Decision.APPROVED && l.quantity.signum() > 0) {
                catalogue.put(l.id, l);
            }
        }
        Map<UUID, OldPartDisposition> disposition = new HashMap<>();
        for (int n = 0; n < told.size(); n++) {
            OldPartRequest r = told.get(n);
            if (!catalogue.containsKey(r.lineId())) {
                throw new InvalidInputException("oldParts[" + n + "].lineId", Detail.of("problem.repair.not-a-catalogue-line"));
            }
            if (disposition.put(r.lineId(), r.disposition()) != null) {
                throw new InvalidInputException("oldParts[" + n + "].lineId", Detail.of("problem.repair.old-part-named-twice"));
            }
        }
        for (SettlementLine l : lines) {
            if (catalogue.containsKey(l.id) && !disposition.containsKey(l.id)) {
                throw new InvalidInputException("oldParts", Detail.of("problem.repair.old-part-required",
                        Map.of("line", l.description, "lineId", l.id)));
            }
        }
        for (SettlementLine l : lines) {
            if (disposition.containsKey(l.id)) {
                l.oldPart = disposition.get(l.id);
            }
        }
    }

    /** The next service by the configured rule: months after hand-over ... */
    static LocalDate nextServiceDate(LocalDate handOver, SettlementRules rules) {
        return handOver.plusMonths(rules.nextServiceMonths());
    }

    /** ... or kilometres beyond the mileage at reception. */
    static int nextServiceKm(RepairOrder o, SettlementRules rules) {
        return o.mileageKm + rules.nextServiceKm();
    }
}

package io.pitstop.repair.service;

import io.pitstop.common.NotFoundException;
import io.pitstop.identity.Caller;
import io.pitstop.identity.service.People;
import io.pitstop.parts.PartRef;
import io.pitstop.repair.Decision;
import io.pitstop.repair.ItemKind;
import io.pitstop.repair.PaymentView;
import io.pitstop.repair.RepairOrderView;
import io.pitstop.repair.SettlementDocument;
import io.pitstop.repair.SettlementLineView;
import io.pitstop.repair.WarrantyCard;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.repair.persistence.SettlementPayment;
import io.pitstop.repair.persistence.SettlementPaymentRepository;
import io.pitstop.shop.ShopService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The settlement document (结算单) as printed at hand-over: the order's settlement with the shop, the owner and the car,
 * the payment and invoice, the signature, a warranty card for every part and labour line billed, and the next service.
 * The owner opens their own from the visit; staff from the order; nobody else's exists for a customer.
 */
@ApplicationScoped
public class SettlementDocuments {

    private final OrderAccess access;
    private final SettlementPaymentRepository payments;
    private final People people;
    private final ShopService shop;
    private final RepairViews views;
    private final SettlementRules rules;
    private final PartsSupply supply;

    public SettlementDocuments(OrderAccess access, SettlementPaymentRepository payments, People people, ShopService shop, RepairViews views,
                               SettlementRules rules, PartsSupply supply) {
        this.supply = supply;
        this.access = access;
        this.payments = payments;
        this.people = people;
        this.shop = shop;
        this.views = views;
        this.rules = rules;
    }

    @WithSession
    public Uni<SettlementDocument> of(Caller caller, UUID id) {
        return access.acting(caller).chain(act -> access.visible(caller, id).chain(o -> {
            if (o.settlementIssuedAt == null) {
                throw new NotFoundException("settlement", id);
            }
            return views.full(o, act).chain(view -> payments.paymentOf(o.id).chain(p -> payment(p, act))
                    .chain(payment -> supply.parts(view.settlement().lines().stream().map(SettlementLineView::partId)
                            .filter(java.util.Objects::nonNull).map(UUID::fromString).collect(java.util.stream.Collectors.toSet()))
                            .chain(parts -> shop.view().map(s -> {
                        LocalDate today = act.now().atZone(act.zone()).toLocalDate();
                        LocalDate from = o.deliveredAt == null ? today : o.deliveredAt.atZone(act.zone()).toLocalDate();
                        boolean proposed = o.nextServiceDueDate == null;
                        return new SettlementDocument(s.name(), s.address(), s.phone(), o.reference, o.status, view.customer(),
                                view.vehicle(), view.advisor(), o.mileageKm, view.checkedInAt(), view.deliveredAt(), view.settlement(),
                                payment, warranties(view, o, from, parts), proposed ? Delivery.nextServiceDate(from, rules) : o.nextServiceDueDate,
                                proposed ? Delivery.nextServiceKm(o, rules) : o.nextServiceDueKm, proposed);
                    }))));
        }));
    }

    private Uni<PaymentView> payment(SettlementPayment p, Acting act) {
        if (p == null) {
            return Uni.createFrom().nullItem();
        }
        return people.find(p.recordedBy).map(who -> new PaymentView(p.method, p.amount, p.settlementTotal, p.amount.subtract(p.settlementTotal),
                p.differenceReason, p.invoiceNumber, act.at(p.recordedAt), who == null ? null : who.name()));
    }

    /** A card for every line billed and done (declined and not-done lines guarantee nothing), from the hand-over day. */
    private List<WarrantyCard> warranties(RepairOrderView view, RepairOrder o, LocalDate from, Map<UUID, PartRef> parts) {
        return view.settlement().lines().stream()
                .filter(l -> l.decision() == Decision.APPROVED && l.quantity().compareTo(BigDecimal.ZERO) > 0)
                .map(l -> card(l, o, from, l.partId() == null ? null : parts.get(UUID.fromString(l.partId())))).toList();
    }

    /** The line's warranty as billed; a catalogue part's card names the part, its origin and what became of the old one. */
    private WarrantyCard card(SettlementLineView l, RepairOrder o, LocalDate from, PartRef catalogue) {
        boolean part = l.kind() == ItemKind.PART;
        int months = l.warrantyMonths() != null ? l.warrantyMonths() : part ? rules.partWarrantyMonths() : rules.labourWarrantyMonths();
        int km = l.warrantyKm() != null ? l.warrantyKm() : part ? rules.partWarrantyKm() : rules.labourWarrantyKm();
        return new WarrantyCard(l.kind(), l.description(), months, km, from.plusMonths(months), o.mileageKm + km,
                catalogue == null ? null : catalogue.partNumber(), catalogue == null ? null : catalogue.origin(), l.oldPart());
    }
}

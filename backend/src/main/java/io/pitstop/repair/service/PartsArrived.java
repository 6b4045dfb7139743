package io.pitstop.repair.service;

import io.pitstop.identity.Role;
import io.pitstop.identity.service.People;
import io.pitstop.notify.NotificationKind;
import io.pitstop.parts.LineSupply;
import io.pitstop.parts.PartsArrivals;
import io.pitstop.parts.PartsForOrders;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.repair.persistence.RepairOrderRepository;
import io.pitstop.shop.ShopService;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The parts desk received what an order waited for (told inside the receiving transaction). With every part there,
 * a waiting order goes back where it was, the owner reads "parts arrived" in the tracker, and the technician hears of
 * it, or the team leads, who now dispatch an order that never was. A partial arrival is noted for the staff only.
 */
@ApplicationScoped
public class PartsArrived implements PartsArrivals {

    private final RepairOrderRepository orders;
    private final PartsForOrders parts;
    private final People people;
    private final RepairJournal journal;
    private final RepairNotices notices;
    private final RepairRules rules;
    private final ShopService shop;

    public PartsArrived(RepairOrderRepository orders, PartsForOrders parts, People people, RepairJournal journal, RepairNotices notices,
                        RepairRules rules, ShopService shop) {
        this.orders = orders;
        this.parts = parts;
        this.people = people;
        this.journal = journal;
        this.notices = notices;
        this.rules = rules;
        this.shop = shop;
    }

    @Override
    @WithTransaction
    public Uni<Void> arrived(UUID orderId, List<UUID> lineIds, boolean allSupplied, Instant now) {
        return shop.zone().chain(zone -> orders.findForUpdate(orderId).chain(o -> {
            if (o == null || !RepairStatus.OPEN.contains(o.status)) {
                return Uni.createFrom().voidItem();
            }
            Acting act = new Acting(null, zone, now);
            Set<UUID> lines = new HashSet<>(lineIds);
            return parts.ofOrder(o.id).chain(all -> {
                List<LineSupply> named = all.stream().filter(s -> lines.contains(s.lineId())).toList();
                List<LineSupply> arrived = named.isEmpty() ? all : named;
                return allSupplied ? supplied(act, o, arrived) : journal.append(act, o, RepairEventType.PARTS_PARTLY_ARRIVED, o.status,
                        EventDetails.message(PartsTexts.both(l -> PartsTexts.names(l, arrived)))).replaceWithVoid();
            });
        }));
    }

    private Uni<Void> supplied(Acting act, RepairOrder o, List<LineSupply> arrived) {
        RepairStatus from = o.status;
        if (o.status == RepairStatus.WAITING_PARTS && o.waitingFrom != null) {
            o.status = o.waitingFrom;
            o.waitingFrom = null;
            if (o.status == RepairStatus.APPROVED) {
                o.workReadyAt = act.now();
            }
            if (o.status == RepairStatus.APPROVED || o.status == RepairStatus.DISPATCHED) {
                o.startReadyAt = act.now();
            }
        }
        EventDetails details = EventDetails.message(PartsTexts.both(l -> PartsTexts.names(l, arrived)));
        return journal.append(act, o, RepairEventType.PARTS_ARRIVED, from, details).chain(() -> {
            if (o.technicianId != null) {
                return people.byIds(Set.of(o.technicianId)).chain(tech -> notices.staff(act, o, List.copyOf(tech.values()),
                        NotificationKind.REPAIR_PARTS_ARRIVED, l -> Map.of("parts", PartsTexts.names(l, arrived))));
            }
            if (o.status != RepairStatus.APPROVED) {
                return Uni.createFrom().voidItem();
            }
            Map<String, String> dispatch = new LinkedHashMap<>();
            dispatch.put("dispatchWithin", rules.dispatchWithin().toString());
            if (o.safetyCritical) {
                dispatch.put("safetyStartWithin", rules.safetyStartWithin().toString());
            }
            return people.activeWith(Role.TEAM_LEAD)
                    .chain(leads -> notices.staff(act, o, leads, NotificationKind.REPAIR_TO_DISPATCH, dispatch, o.safetyCritical));
        });
    }
}

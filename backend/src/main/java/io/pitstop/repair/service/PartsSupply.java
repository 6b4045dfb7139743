package io.pitstop.repair.service;

import io.pitstop.booking.service.VehicleService;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.identity.service.People;
import io.pitstop.notify.NotificationKind;
import io.pitstop.parts.LineDemand;
import io.pitstop.parts.LineSupply;
import io.pitstop.parts.OrderRef;
import io.pitstop.parts.PartRef;
import io.pitstop.parts.PartsForOrders;
import io.pitstop.parts.SupplyState;
import io.pitstop.repair.ItemKind;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.EstimateItem;
import io.pitstop.repair.persistence.RepairOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The parts of an order's approved lines (issue 14): a line naming a catalogue part reserves it when approved; a part
 * not on the shelf puts the order in WAITING_PARTS, remembering where it goes back to, and the owner (with the part
 * and its expected arrival) and the advisor (who then sends the proposed delay) are told. Repair asks the parts desk
 * only through {@link PartsForOrders}, inside the approving transaction.
 */
@ApplicationScoped
public class PartsSupply {

    /** Where an order can be when an approved line finds its part missing: it goes back there once the part arrives. */
    static final Set<RepairStatus> CAN_WAIT = EnumSet.of(RepairStatus.APPROVED, RepairStatus.DISPATCHED, RepairStatus.IN_REPAIR);

    private final PartsForOrders parts;
    private final VehicleService vehicles;
    private final People people;
    private final RepairJournal journal;
    private final RepairNotices notices;

    public PartsSupply(PartsForOrders parts, VehicleService vehicles, People people, RepairJournal journal, RepairNotices notices) {
        this.parts = parts;
        this.vehicles = vehicles;
        this.people = people;
        this.journal = journal;
        this.notices = notices;
    }

    /**
     * The catalogue entries the lines name, checked: only a PART line names one, and it must be in the catalogue and
     * active, unless the order already carries it (a part taken out of the catalogue stays on the lines that had it)
     * (400 naming the line's {@code partId}). {@code field} gives a line's field path, e.g. {@code items[2].partId}.
     */
    Uni<Map<UUID, PartRef>> catalogue(List<UUID> partIds, List<ItemKind> kinds, Set<UUID> onOrder,
                                      java.util.function.IntFunction<String> field) {
        for (int n = 0; n < partIds.size(); n++) {
            if (partIds.get(n) != null && kinds.get(n) != ItemKind.PART) {
                throw new InvalidInputException(field.apply(n), Detail.of("problem.repair.part-on-labour"));
            }
        }
        Set<UUID> named = partIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (named.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return parts.parts(named).map(found -> {
            for (int n = 0; n < partIds.size(); n++) {
                PartRef part = partIds.get(n) == null ? null : found.get(partIds.get(n));
                if (partIds.get(n) != null && (part == null || !part.active() && !onOrder.contains(part.id()))) {
                    throw new InvalidInputException(field.apply(n), Detail.of("problem.repair.unknown-part"));
                }
            }
            return found;
        });
    }

    /**
     * Approved lines ask for their parts. Lines without a catalogue part ask nothing. Answers whether some part is
     * missing (the order then waits for it).
     */
    Uni<Boolean> reserve(Acting act, RepairOrder o, Collection<EstimateItem> approved) {
        List<LineDemand> demands = approved.stream().filter(i -> i.partId != null)
                .map(i -> new LineDemand(i.id, i.partId, i.quantity)).toList();
        if (demands.isEmpty()) {
            return Uni.createFrom().item(false);
        }
        return vehicles.find(o.vehicleId).chain(v -> parts.reserve(new OrderRef(o.id, o.reference + " · " + v.plate()), demands,
                act.caller(), act.now())).chain(supplies -> {
            List<LineSupply> missing = supplies.stream().filter(s -> s.state() == SupplyState.SHORT).toList();
            return missing.isEmpty() ? Uni.createFrom().item(false) : waitFor(act, o, missing).replaceWith(true);
        });
    }

    /**
     * Parts are missing: the order waits (from where it was), the journal names the parts and their arrival, the owner
     * hears of it by SMS and the advisor is told, so that the proposed delay goes out in time.
     */
    private Uni<Void> waitFor(Acting act, RepairOrder o, List<LineSupply> missing) {
        RepairStatus from = o.status;
        if (CAN_WAIT.contains(o.status)) {
            o.waitingFrom = o.status;
            o.status = RepairStatus.WAITING_PARTS;
        }
        EventDetails details = EventDetails.message(PartsTexts.both(l -> PartsTexts.shortage(l, missing, act)));
        return journal.append(act, o, RepairEventType.WAITING_PARTS, from, details)
                .chain(() -> notices.owner(o, NotificationKind.REPAIR_WAITING_PARTS,
                        l -> Map.of("reason", PartsTexts.shortage(l, missing, act)), true))
                .chain(() -> people.byIds(Set.of(o.advisorId)))
                .chain(advisor -> notices.staff(act, o, List.copyOf(advisor.values()), NotificationKind.REPAIR_PARTS_SHORT, l -> {
                    Map<String, String> p = new LinkedHashMap<>();
                    p.put("parts", PartsTexts.names(l, missing));
                    java.time.Instant latest = PartsTexts.latestArrival(missing);
                    if (latest != null) {
                        p.put("expectedAt", act.at(latest).toString());
                    }
                    return p;
                }));
    }

    /** Declined or cancelled, or handed over: nothing stays reserved or awaited for the order. */
    Uni<Void> releaseOrder(Acting act, RepairOrder o) {
        return parts.releaseOrder(o.id, act.caller(), act.now());
    }

    /** Each part line of the order as it stands, by line; nothing asked when no line names a part. */
    Uni<Map<UUID, LineSupply>> ofOrder(RepairOrder o, Collection<EstimateItem> items) {
        if (items.stream().noneMatch(i -> i.partId != null)) {
            return Uni.createFrom().item(Map.of());
        }
        return parts.ofOrder(o.id).map(list -> list.stream().collect(Collectors.toMap(LineSupply::lineId, s -> s, (a, b) -> b)));
    }

    Uni<Map<UUID, PartRef>> parts(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(Map.of()) : parts.parts(ids);
    }

    PartsForOrders port() {
        return parts;
    }
}

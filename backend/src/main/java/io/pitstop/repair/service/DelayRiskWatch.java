package io.pitstop.repair.service;

import io.pitstop.booking.VehicleView;
import io.pitstop.booking.service.VehicleService;
import io.pitstop.common.NativeSql;
import io.pitstop.identity.Person;
import io.pitstop.identity.Role;
import io.pitstop.identity.service.People;
import io.pitstop.notify.NotificationKind;
import io.pitstop.notify.Notifier;
import io.pitstop.notify.Notifier.Outgoing;
import io.pitstop.notify.Notifier.Recipient;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.repair.persistence.RepairOrderRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The delay-risk watch ({@link Delays}, domain step 6) set-based: a batch of orders at risk is claimed in one
 * statement (the order's {@code delay_risk_for} marks the promise it was raised for, so once per order and promise,
 * whichever instance claims it), and its events, notices and SMS are written in a few statements for the whole batch.
 * The owner is not told a bare "may be late"; the advisor (by SMS) and the managers are.
 */
@ApplicationScoped
public class DelayRiskWatch {

    static final int BATCH = 1000;

    private final OrderAccess access;
    private final RepairOrderRepository orders;
    private final People people;
    private final VehicleService vehicles;
    private final RepairJournal journal;
    private final Notifier notifier;
    private final RepairRules rules;

    public DelayRiskWatch(OrderAccess access, RepairOrderRepository orders, People people, VehicleService vehicles,
                          RepairJournal journal, Notifier notifier, RepairRules rules) {
        this.access = access;
        this.orders = orders;
        this.people = people;
        this.vehicles = vehicles;
        this.journal = journal;
        this.notifier = notifier;
        this.rules = rules;
    }

    /** One batch, in its own transaction: answers how many orders it raised ({@link #BATCH} means: maybe more). */
    Uni<Integer> batch() {
        return Panache.withTransaction(() -> access.acting(null).chain(act -> NativeSql.ids("""
                        update repair_order set delay_risk_for = promised_at
                        where id in (select id from repair_order
                                     where status in (?2)
                                       and promised_at <= ?1
                                       and delay_risk_for is distinct from promised_at
                                     order by promised_at limit ?3 for update skip locked)
                        returning id
                        """, act.now().plus(rules.delayWatchBefore()), RepairStatus.PROMISED, BATCH)
                .chain(orders::byIdsReadOnly)
                .chain(due -> raise(act, due).replaceWith(due.size()))));
    }

    private Uni<Void> raise(Acting act, List<RepairOrder> due) {
        if (due.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return people.byIds(due.stream().map(o -> o.advisorId).toList()).chain(advisors -> people.activeWith(Role.MANAGER)
                .chain(managers -> vehicles.byIds(due.stream().map(o -> o.vehicleId).toList()).chain(cars -> {
                    List<Outgoing> out = new ArrayList<>();
                    for (RepairOrder o : due) {
                        Person advisor = advisors.get(o.advisorId);
                        Map<String, String> p = params(act, o, cars.get(o.vehicleId), advisor);
                        Notifier.About about = Notifier.About.order(o.appointmentId, o.id);
                        out.add(new Outgoing(new Recipient(advisor.id(), advisor.phone(), advisor.language()),
                                NotificationKind.REPAIR_DELAY_RISK, p, about));
                        managers.stream().filter(m -> !m.id().equals(advisor.id())).forEach(m ->
                                out.add(new Outgoing(Recipient.inAppOnly(m.id()), NotificationKind.REPAIR_DELAY_RISK, p, about)));
                    }
                    // The journal last: it takes the shop-wide event lock, held until the commit.
                    return notifier.sendAll(out).chain(() -> journal.appendAll(act, due, RepairEventType.DELAY_RISK,
                            o -> EventDetails.message(EventTexts.both("event.DELAY_RISK", Map.of("advisorName",
                                    advisors.get(o.advisorId).name(), "noticeBefore", rules.delayNoticeBefore().toString())))));
                })));
    }

    /** What the staff read ({@link RepairNotices}): the reference, the plate, the promise, then the alarm's values. */
    private Map<String, String> params(Acting act, RepairOrder o, VehicleView car, Person advisor) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("reference", o.reference);
        p.put("plate", car.plate());
        if (o.promisedAt != null) {
            p.put("promisedAt", act.at(o.promisedAt).toString());
        }
        p.put("advisorName", advisor.name());
        p.put("advisorPhone", advisor.phone());
        p.put("watchBefore", rules.delayWatchBefore().toString());
        p.put("noticeBefore", rules.delayNoticeBefore().toString());
        return p;
    }
}

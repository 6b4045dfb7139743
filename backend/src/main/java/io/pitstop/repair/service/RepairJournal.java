package io.pitstop.repair.service;

import io.pitstop.live.LiveHub;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairEventView;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.RepairEvent;
import io.pitstop.repair.persistence.RepairEventRepository;
import io.pitstop.repair.persistence.RepairOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.temporal.ChronoUnit;

/**
 * The order's history: every change is an event, appended in the changing transaction and announced to the live
 * streams when it commits. Call it after the order's own changes (the event records the order's state after them).
 */
@ApplicationScoped
public class RepairJournal {

    private final RepairEventRepository events;
    private final EventPayloads payloads;
    private final LiveHub live;

    public RepairJournal(RepairEventRepository events, EventPayloads payloads, LiveHub live) {
        this.events = events;
        this.payloads = payloads;
        this.live = live;
    }

    /**
     * Appends the event (the order's next sequence, the shop's next event id), with {@code from} the status before it,
     * and answers it as clients will read it.
     */
    public Uni<RepairEventView> append(Acting act, RepairOrder o, RepairEventType type, RepairStatus from, EventDetails details) {
        return events.nextId().chain(id -> {
            o.lastSeq += 1;
            RepairEvent e = new RepairEvent();
            e.id = id;
            e.orderId = o.id;
            e.seq = o.lastSeq;
            e.at = act.now().truncatedTo(ChronoUnit.MICROS); // what the column keeps: the answer equals every later read
            e.type = type.name();
            e.actorId = act.bySystem() ? null : act.caller().subject();
            e.actorRole = act.bySystem() ? null : act.caller().role().name();
            e.staffOnly = RepairEventType.STAFF_ONLY.contains(type);
            e.payload = payloads.write(EventPayloads.stored(act, o, from, details));
            return events.persist(e)
                    .chain(() -> live.publish(RepairFeeds.ORDER, o.id.toString()))
                    .chain(() -> live.publish(RepairFeeds.BOARD, RepairFeeds.BOARD_KEY))
                    .map(x -> payloads.read(EventPayloads.EventRow.of(e, o.reference)));
        });
    }
}

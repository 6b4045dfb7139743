package io.pitstop.repair.service;

import io.pitstop.common.JsonText;
import io.pitstop.common.NativeSql;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The order's history: every change is an event, appended in the changing transaction and announced to the live
 * streams when it commits. Call it after the order's own changes (the event records the order's state after them).
 */
@ApplicationScoped
public class RepairJournal {

    private final RepairEventRepository events;
    private final EventPayloads payloads;
    private final LiveHub live;
    private final JsonText json;

    public RepairJournal(RepairEventRepository events, EventPayloads payloads, LiveHub live, JsonText json) {
        this.events = events;
        this.json = json;
        this.payloads = payloads;
        this.live = live;
    }

    /**
     * {@link #append} for a batch of orders (a scheduled job's), one event of the type each, with the status unchanged:
     * the ids drawn in one statement under the shop-wide lock, the orders' sequences advanced and the events written in
     * one statement each, the live streams told in one. Call it last, as {@link #append}.
     */
    public Uni<Void> appendAll(Acting act, List<RepairOrder> batch, RepairEventType type, Function<RepairOrder, EventDetails> details) {
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<UUID> ids = batch.stream().map(o -> o.id).toList();
        java.time.Instant at = act.now().truncatedTo(ChronoUnit.MICROS);
        return NativeSql.update("update repair_order set last_seq = last_seq + 1 where id in (?1)", ids)
                .chain(() -> events.nextIds(batch.size()))
                .chain(eventIds -> {
                    List<Map<String, Object>> rows = new ArrayList<>(batch.size());
                    for (int i = 0; i < batch.size(); i++) {
                        RepairOrder o = batch.get(i);
                        o.lastSeq += 1; // as the statement above did: the event records the order's state after it
                        Map<String, Object> e = new LinkedHashMap<>();
                        e.put("id", eventIds.get(i));
                        e.put("order_id", o.id);
                        e.put("seq", o.lastSeq);
                        e.put("type", type.name());
                        e.put("actor_id", act.bySystem() ? null : act.caller().subject());
                        e.put("actor_role", act.bySystem() ? null : act.caller().role().name());
                        e.put("payload", payloads.write(EventPayloads.stored(act, o, o.status, details.apply(o))));
                        rows.add(e);
                    }
                    return NativeSql.update("""
                            insert into repair_event (id, order_id, seq, at, type, actor_id, actor_role, staff_only, payload)
                            select id, order_id, seq, ?2, type, actor_id, actor_role, ?3, payload
                            from jsonb_to_recordset(cast(cast(?1 as text) as jsonb))
                                 as x(id bigint, order_id uuid, seq int, type varchar, actor_id varchar, actor_role varchar, payload text)
                            """, json.write(rows), at, RepairEventType.STAFF_ONLY.contains(type));
                })
                .chain(() -> live.publishAll(RepairFeeds.ORDER, ids.stream().map(UUID::toString).toList()))
                .chain(() -> live.publish(RepairFeeds.BOARD, RepairFeeds.BOARD_KEY));
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

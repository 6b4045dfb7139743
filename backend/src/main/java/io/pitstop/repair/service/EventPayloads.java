package io.pitstop.repair.service;

import io.pitstop.common.JsonText;
import io.pitstop.common.Times;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairEventView;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.RepairEvent;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.repair.persistence.StoredRepairEvent;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The stored event schema and its readers: an event is written as a {@link StoredRepairEvent} and read back, with
 * its row's columns, as the {@link RepairEventView} clients get. Rows from before the schema (no {@code v}; the
 * payload is the view itself) are read as they were written.
 */
@ApplicationScoped
public class EventPayloads {

    /** An event's row: its columns, the order's reference and the payload. */
    record EventRow(long id, UUID orderId, String reference, int seq, Instant at, String type, String actorRole, String payload) {

        static EventRow of(RepairEvent e, String reference) {
            return new EventRow(e.id, e.orderId, reference, e.seq, e.at, e.type, e.actorRole, e.payload);
        }
    }

    private final JsonText json;

    public EventPayloads(JsonText json) {
        this.json = json;
    }

    /** What an event stores: the order's state after it and the details it carries. */
    static StoredRepairEvent stored(Acting act, RepairOrder o, RepairStatus from, EventDetails d) {
        return new StoredRepairEvent(StoredRepairEvent.VERSION, act.zone().getId(), act.bySystem() ? null : act.caller().name(),
                o.status, from, d.message(), d.step(), d.remainingMinutes(), d.photoId(), o.promisedAt, d.previousPromisedAt(),
                d.delayReason(), d.compensation(), d.compensationDetail(), d.automatic(), d.technicianName(), d.amount());
    }

    /** The event as clients see it, from its row and its stored payload. */
    static RepairEventView view(EventRow row, StoredRepairEvent s) {
        ZoneId zone = ZoneId.of(s.zone());
        return new RepairEventView(row.id(), row.orderId().toString(), row.reference(), row.seq(), RepairEventType.valueOf(row.type()),
                Times.at(row.at(), zone), s.actorName(), row.actorRole(), s.status(), s.fromStatus(), s.message(), s.step(),
                s.remainingMinutes(), s.photoId(), Times.at(s.promisedAt(), zone), Times.at(s.previousPromisedAt(), zone),
                s.delayReason(), s.compensation(), s.compensationDetail(), s.automatic(), s.technicianName(), s.amount());
    }

    String write(StoredRepairEvent stored) {
        return json.write(stored);
    }

    /** The event as clients see it, whichever schema its row was written in. */
    RepairEventView read(EventRow row) {
        return version(row.payload()) == 0 ? json.read(row.payload(), RepairEventView.class) : view(row, stored(row.payload()));
    }

    /** The event as it goes on a live stream: a row from before the schema goes out exactly as it was stored. */
    String wire(EventRow row) {
        return version(row.payload()) == 0 ? row.payload() : json.write(view(row, stored(row.payload())));
    }

    /** The message an event carries (both schemas name it {@code message}), or null. */
    String message(String payload) {
        return json.tree(payload).path("message").asText(null);
    }

    /** The schema version of a payload; 0 for a row written before the schema. */
    private int version(String payload) {
        int version = json.tree(payload).path("v").asInt(0);
        if (version > StoredRepairEvent.VERSION) {
            throw new IllegalStateException("A stored repair event of version " + version + " is newer than this server");
        }
        return version;
    }

    private StoredRepairEvent stored(String payload) {
        return json.read(payload, StoredRepairEvent.class);
    }
}

package io.pitstop.repair.service;

import io.pitstop.live.LiveEvent;
import io.pitstop.live.LiveFeed;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The repair events as live feeds: one order's events by their sequence, and the whole shop's (the board) by their
 * shop-wide id. Read with the plain reactive client: one indexed query per notification, no ORM session needed.
 */
@ApplicationScoped
public class RepairFeeds {

    public static final String ORDER = "repair-order";
    public static final String BOARD = "repair-board";
    public static final String BOARD_KEY = "shop";

    /** An event's row with its order's reference: the columns {@link EventPayloads} reads a view from. */
    private static final String EVENTS = "select e.id, e.order_id, o.reference, e.seq, e.at, e.type, e.actor_role, e.payload, e.staff_only "
            + "from repair_event e join repair_order o on o.id = e.order_id ";

    @Produces
    @Singleton
    LiveFeed orderFeed(Pool pool, EventPayloads payloads) {
        return new LiveFeed() {
            @Override
            public String name() {
                return ORDER;
            }

            @Override
            public Uni<List<LiveEvent>> after(String key, long after, int limit) {
                return pool.preparedQuery(EVENTS + "where e.order_id = $1 and e.seq > $2 order by e.seq limit $3")
                        .execute(Tuple.of(UUID.fromString(key), (int) Math.min(after, Integer.MAX_VALUE), limit))
                        .map(rows -> read(rows, "seq", payloads));
            }

            @Override
            public Uni<Long> latest(String key) {
                return pool.preparedQuery("select coalesce(max(seq), 0) as latest from repair_event where order_id = $1")
                        .execute(Tuple.of(UUID.fromString(key))).map(rows -> rows.iterator().next().getLong("latest"));
            }
        };
    }

    @Produces
    @Singleton
    LiveFeed boardFeed(Pool pool, EventPayloads payloads) {
        return new LiveFeed() {
            @Override
            public String name() {
                return BOARD;
            }

            @Override
            public Uni<List<LiveEvent>> after(String key, long after, int limit) {
                return pool.preparedQuery(EVENTS + "where e.id > $1 order by e.id limit $2")
                        .execute(Tuple.of(after, limit)).map(rows -> read(rows, "id", payloads));
            }

            @Override
            public Uni<Long> latest(String key) {
                return pool.query("select coalesce(max(id), 0) as latest from repair_event").execute()
                        .map(rows -> rows.iterator().next().getLong("latest"));
            }
        };
    }

    private static List<LiveEvent> read(io.vertx.mutiny.sqlclient.RowSet<Row> rows, String idColumn, EventPayloads payloads) {
        List<LiveEvent> events = new ArrayList<>(rows.size());
        for (Row r : rows) {
            EventPayloads.EventRow row = new EventPayloads.EventRow(r.getLong("id"), r.getUUID("order_id"), r.getString("reference"),
                    r.getInteger("seq"), r.getOffsetDateTime("at").toInstant(), r.getString("type"), r.getString("actor_role"),
                    r.getString("payload"));
            events.add(new LiveEvent(r.getLong(idColumn), row.type(), payloads.wire(row), r.getBoolean("staff_only")));
        }
        return events;
    }
}

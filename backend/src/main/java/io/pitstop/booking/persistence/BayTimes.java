package io.pitstop.booking.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The times bays are held, read straight from the pool for availability (a public read at a high rate): one indexed
 * query, three columns, no session and no entities.
 */
@ApplicationScoped
public class BayTimes {

    /** A bay held by a live appointment over [start, end). */
    public record Held(UUID bayId, Instant start, Instant end) {
    }

    private final Pool pool;

    public BayTimes(Pool pool) {
        this.pool = pool;
    }

    /** Live appointments of these bays overlapping [from, to). */
    public Uni<List<Held>> liveOverlapping(Collection<UUID> bayIds, Instant from, Instant to) {
        if (bayIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return pool.preparedQuery("""
                        select bay_id, starts_at, ends_at from appointment
                        where bay_id = any($1) and status in ('REQUESTED', 'CONFIRMED', 'CHECKED_IN') and starts_at < $3 and ends_at > $2
                        """)
                .execute(Tuple.of(bayIds.toArray(UUID[]::new), from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC)))
                .map(rows -> {
                    List<Held> out = new ArrayList<>(rows.size());
                    for (Row r : rows) {
                        out.add(new Held(r.getUUID(0), r.getOffsetDateTime(1).toInstant(), r.getOffsetDateTime(2).toInstant()));
                    }
                    return out;
                });
    }

    /** As {@link AppointmentRepository#liveTimesOfBays}, whose rows these are, typed. */
    public static List<Held> of(List<Object[]> rows) {
        List<Held> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new Held((UUID) r[0], instant(r[1]), instant(r[2])));
        }
        return out;
    }

    private static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        return ((java.sql.Timestamp) o).toInstant();
    }
}

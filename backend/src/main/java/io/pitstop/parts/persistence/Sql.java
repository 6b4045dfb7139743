package io.pitstop.parts.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Native statements of the parts desk in the caller's session. The ledger, the balances and the demand queue are
 * written only through SQL (never through entities), so what a statement decided is what the session sees next.
 * Pending entity changes are flushed first, so a movement may reference a receipt persisted a moment before.
 * Parameters are bound in order ({@code ?1} ...); an instant as a UTC timestamp, an enum by its name; a parameter that
 * may be null is cast in the statement ({@code cast(?3 as uuid)}).
 */
public final class Sql {

    private Sql() {
    }

    public static Uni<List<Object[]>> rows(String sql, Object... params) {
        return Panache.getSession().chain(s -> s.flush().chain(() -> {
            var q = s.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, bind(params[i]));
            }
            return q.getResultList();
        })).map(list -> {
            List<Object[]> out = new ArrayList<>(list.size());
            for (Object o : list) {
                out.add(o instanceof Object[] a ? a : new Object[]{o});
            }
            return out;
        });
    }

    public static Uni<Integer> update(String sql, Object... params) {
        return Panache.getSession().chain(s -> s.flush().chain(() -> {
            var q = s.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, bind(params[i]));
            }
            return q.executeUpdate();
        }));
    }

    private static Object bind(Object p) {
        return io.pitstop.common.NativeSql.bind(p);
    }

    public static UUID uuid(Object o) {
        return o == null ? null : o instanceof UUID u ? u : UUID.fromString(o.toString());
    }

    public static BigDecimal dec(Object o) {
        if (o == null) {
            return null;
        }
        BigDecimal d = o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
        return d.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    public static long longValue(Object o) {
        return ((Number) o).longValue();
    }

    public static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("Not a time: " + o.getClass());
    }

    public static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }
}

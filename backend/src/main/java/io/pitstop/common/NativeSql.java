package io.pitstop.common;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Native statements of the scheduled jobs and counters, in the caller's session: due work is selected with
 * {@code for update skip locked} (or claimed by an {@code update ... returning id}), so two instances never take the
 * same row. Parameters are bound in order ({@code ?1}, {@code ?2} ...): instants as UTC timestamps, an enum by its
 * name and a collection of enums as a list of names, so status sets are passed to SQL as parameters
 * ({@code status in (?2)}), never written into the statement.
 */
public final class NativeSql {

    private NativeSql() {
    }

    /** The ids the statement returns. */
    public static Uni<List<UUID>> ids(String sql, Object... params) {
        return Panache.getSession().chain(s -> {
            var q = s.createNativeQuery(sql, UUID.class);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, bind(params[i]));
            }
            return q.getResultList();
        });
    }

    /** The number of rows the statement changed. */
    public static Uni<Integer> update(String sql, Object... params) {
        return Panache.getSession().chain(s -> {
            var q = s.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, bind(params[i]));
            }
            return q.executeUpdate();
        });
    }

    /** A parameter as PostgreSQL takes it: an instant in UTC, an enum (or a collection of enums) by name. */
    public static Object bind(Object p) {
        if (p instanceof Instant t) {
            return t.atOffset(ZoneOffset.UTC);
        }
        if (p instanceof Enum<?> e) {
            return e.name();
        }
        if (p instanceof Collection<?> c && !c.isEmpty() && c.iterator().next() instanceof Enum<?>) {
            return c.stream().map(e -> ((Enum<?>) e).name()).toList();
        }
        return p;
    }
}

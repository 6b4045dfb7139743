package io.pitstop.identity.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Failed-login counts per login name, kept in the database so that every instance sees the same count. The
 * upsert is one statement: concurrent failures cannot lose a count.
 */
@ApplicationScoped
public class LoginThrottleRepository {

    /** When the login is blocked, until when; null when it is not. */
    public Uni<OffsetDateTime> blockedUntil(String key, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select blocked_until from login_throttle where login_key = ?1 and blocked_until > ?2",
                        OffsetDateTime.class)
                .setParameter(1, key)
                .setParameter(2, now.atOffset(ZoneOffset.UTC))
                .getResultList())
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** The blocked keys among these, with the end of their block. */
    public Uni<java.util.Map<String, OffsetDateTime>> blocked(java.util.List<String> keys, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select login_key, blocked_until from login_throttle where login_key in (?1) and blocked_until > ?2",
                        Object[].class)
                .setParameter(1, keys)
                .setParameter(2, now.atOffset(ZoneOffset.UTC))
                .getResultList())
                .map(rows -> {
                    java.util.Map<String, OffsetDateTime> blocked = new java.util.HashMap<>();
                    for (Object[] row : rows) {
                        Object until = row[1];
                        blocked.put((String) row[0], until instanceof OffsetDateTime o ? o
                                : until instanceof java.time.Instant i ? i.atOffset(ZoneOffset.UTC)
                                : ((java.time.LocalDateTime) until).atOffset(ZoneOffset.UTC));
                    }
                    return blocked;
                });
    }

    public Uni<Integer> recordFailure(String key, Instant now, Duration window, int maxFailures) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        // A window that started before (now - window) is over: the count starts again at 1.
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into login_throttle as t (login_key, failures, window_started_at, blocked_until)
                        values (?1, 1, cast(?2 as timestamptz), null)
                        on conflict (login_key) do update set
                          failures = case when t.window_started_at <= cast(?4 as timestamptz)
                                          then 1 else t.failures + 1 end,
                          window_started_at = case when t.window_started_at <= cast(?4 as timestamptz)
                                                   then cast(?2 as timestamptz) else t.window_started_at end,
                          blocked_until = case when t.window_started_at > cast(?4 as timestamptz)
                                                    and t.failures + 1 >= cast(?5 as integer)
                                               then cast(?3 as timestamptz) else null end
                        """)
                .setParameter(1, key)
                .setParameter(2, at)
                .setParameter(3, at.plus(window))
                .setParameter(4, at.minus(window))
                .setParameter(5, maxFailures)
                .executeUpdate());
    }

    public Uni<Integer> clear(String key) {
        return Panache.getSession().chain(s -> s.createNativeQuery("delete from login_throttle where login_key = ?1")
                .setParameter(1, key)
                .executeUpdate());
    }
}

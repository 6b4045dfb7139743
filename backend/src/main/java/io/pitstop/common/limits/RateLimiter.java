package io.pitstop.common.limits;

import io.pitstop.common.Detail;
import io.pitstop.common.ThrottledException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Counts attempts per bucket in PostgreSQL (one upsert each), so that every instance sees the same count, and
 * refuses an attempt beyond the limit with 429 and the seconds until the window is over.
 * <p>
 * The statement runs on its own, outside the caller's transaction: an attempt that fails later (a full slot, a wrong
 * code) still counts. A window that started in the future (another instance's clock, a test's moved clock) counts as
 * over.
 */
@ApplicationScoped
public class RateLimiter {

    private static final String HIT = """
            insert into rate_limit as r (bucket, hits, window_started_at) values ($1, 1, $2)
            on conflict (bucket) do update set
              hits = case when r.window_started_at <= $3 or r.window_started_at > $2 then 1 else r.hits + 1 end,
              window_started_at = case when r.window_started_at <= $3 or r.window_started_at > $2
                                       then $2 else r.window_started_at end
            returning hits, window_started_at
            """;

    private final Pool pool;
    private final Clock clock;

    public RateLimiter(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** One attempt in the bucket; fails with 429 when it is one too many. */
    public Uni<Void> hit(String bucket, Limit limit, Detail detail) {
        Instant now = clock.instant();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        String key = bucket.length() > 120 ? bucket.substring(0, 120) : bucket;
        return pool.preparedQuery(HIT).execute(Tuple.of(key, at, at.minus(limit.window())))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    int hits = row.getInteger("hits");
                    if (hits > limit.max()) {
                        Instant over = row.getOffsetDateTime("window_started_at").toInstant().plus(limit.window());
                        throw new ThrottledException(detail, Duration.between(now, over));
                    }
                    return hits;
                })
                .replaceWithVoid();
    }

    /** Several buckets, in order; the first one over its limit refuses the attempt. */
    public Uni<Void> hit(Detail detail, Bucket... buckets) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Bucket b : buckets) {
            chain = chain.chain(() -> hit(b.key(), b.limit(), detail));
        }
        return chain;
    }

    public record Bucket(String key, Limit limit) {
    }
}

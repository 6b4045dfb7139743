package io.pitstop.common.limits;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

/**
 * Forgets rate-limit counters long after their window closed, so the table stays small. Idempotent: two instances
 * running it at once delete the same rows.
 */
@ApplicationScoped
public class Housekeeping {

    /** Longer than any configured window (the longest default is a day). */
    static final Duration KEEP = Duration.ofDays(3);

    private final Pool pool;
    private final Clock clock;

    public Housekeeping(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return run().replaceWithVoid();
    }

    /** Rows deleted. */
    public Uni<Integer> run() {
        var before = clock.instant().minus(KEEP).atOffset(ZoneOffset.UTC);
        return pool.preparedQuery("delete from rate_limit where window_started_at < $1").execute(Tuple.of(before))
                .map(rows -> rows.rowCount());
    }
}

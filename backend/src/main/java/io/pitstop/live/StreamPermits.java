package io.pitstop.live;

import io.pitstop.common.Detail;
import io.pitstop.common.ThrottledException;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * How many streams one user, and this instance as a whole, may hold open: every open stream holds memory and a
 * connection until its client goes, so one token opening hundreds of them would starve everyone else. Beyond either
 * cap the request is a 429 problem with {@code Retry-After}, before any byte of the stream; a permit is handed back
 * when its stream ends, whichever side ends it. The counts are per instance (a user's streams on another instance
 * are its business).
 */
@ApplicationScoped
public class StreamPermits {

    private final Map<String, AtomicInteger> perUser = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();
    private final LiveConfig config;

    public StreamPermits(LiveConfig config) {
        this.config = config;
    }

    /** The stream made by {@code open}, counted against {@code user} while it lasts; 429 when a cap is reached. */
    public <T> Multi<T> guard(String user, Supplier<Multi<T>> open) {
        Runnable release = take(user);
        AtomicBoolean released = new AtomicBoolean();
        Runnable once = () -> {
            if (released.compareAndSet(false, true)) {
                release.run();
            }
        };
        try {
            return open.get().onTermination().invoke(once).onCancellation().invoke(once);
        } catch (RuntimeException e) {
            once.run();
            throw e;
        }
    }

    /** Streams this user holds open on this instance (for tests). */
    public int heldBy(String user) {
        AtomicInteger n = perUser.get(user);
        return n == null ? 0 : n.get();
    }

    private Runnable take(String user) {
        if (total.incrementAndGet() > config.maxStreams()) {
            total.decrementAndGet();
            throw refused("problem.live.too-many-streams-here");
        }
        int[] mine = new int[1];
        perUser.compute(user, (k, n) -> {
            AtomicInteger c = n == null ? new AtomicInteger() : n;
            mine[0] = c.incrementAndGet();
            return c;
        });
        if (mine[0] > config.maxStreamsPerUser()) {
            release(user);
            throw refused("problem.live.too-many-streams");
        }
        return () -> release(user);
    }

    private void release(String user) {
        total.decrementAndGet();
        // The entry goes when its last stream does, so the map holds only users with open streams.
        perUser.computeIfPresent(user, (k, n) -> n.decrementAndGet() <= 0 ? null : n);
    }

    private ThrottledException refused(String key) {
        return new ThrottledException(Detail.of(key, Map.of("max", config.maxStreamsPerUser())), config.streamRetryAfter());
    }
}

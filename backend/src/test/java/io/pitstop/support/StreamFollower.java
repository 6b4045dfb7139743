package io.pitstop.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A client following one repair order's stream as a browser's EventSource does: when the stream ends or breaks it
 * reconnects with {@code Last-Event-ID} (the last id it received), to the same instance or, when that one does not
 * answer, to the next of its list. Every id received is kept, in order, so a test sees any gap or repeat.
 */
public final class StreamFollower implements AutoCloseable {

    private final List<Supplier<String>> bases;
    private final String path;
    private final String token;
    private final List<Long> ids = new CopyOnWriteArrayList<>();
    private final List<String> resumedWith = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean stopped;
    private volatile int current;

    /** Follows the order's stream on the first base, then on the next ones in turn when one stops answering. */
    public StreamFollower(String order, String token, List<Supplier<String>> bases) {
        this.bases = bases;
        this.path = "/api/v1/repair-orders/" + order + "/events";
        this.token = token;
        this.thread = new Thread(this::follow, "follow-" + order);
        thread.setDaemon(true);
        thread.start();
    }

    private void follow() {
        while (!stopped) {
            String last = ids.isEmpty() ? null : Long.toString(ids.get(ids.size() - 1));
            SseClient client;
            try {
                client = SseClient.connect(bases.get(current).get() + path, token, last);
            } catch (RuntimeException refused) {
                current = (current + 1) % bases.size();
                pause();
                continue;
            }
            if (client.status() != 200) {
                client.close();
                pause(); // e.g. a 503 while the database is away: the same instance again, shortly
                continue;
            }
            if (last != null) {
                resumedWith.add(last);
            }
            try (client) {
                while (!stopped) {
                    SseClient.Event e = client.poll(Duration.ofMillis(200));
                    if (e != null) {
                        ids.add(Long.parseLong(e.id()));
                    } else if (client.ended()) {
                        break;
                    }
                }
            }
        }
    }

    /** The ids received so far, in order of arrival. */
    public List<Long> ids() {
        return new ArrayList<>(ids);
    }

    /** The Last-Event-ID of each reconnect. */
    public List<String> resumedWith() {
        return resumedWith;
    }

    /** Waits (bounded) until the id has arrived; true when it did. */
    public boolean awaitId(long id, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (!ids.isEmpty() && ids.get(ids.size() - 1) >= id) {
                return true;
            }
            Thread.sleep(50); // watching another thread; nothing here is timed
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        thread.join(5_000);
    }
}

package io.pitstop.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Load for the fault tests: steps repeated on threads of their own until closed. */
public final class Background implements AutoCloseable {

    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private volatile boolean stopped;

    /** Repeats the step on a thread of its own until {@link #close}; a step that throws ends that thread (see {@link #failures}). */
    public void repeat(String name, Runnable step) {
        Thread t = new Thread(() -> {
            try {
                while (!stopped) {
                    step.run();
                }
            } catch (Throwable e) {
                failures.add(e);
            }
        }, name);
        t.setDaemon(true);
        threads.add(t);
        t.start();
    }

    /** Waits (at most a minute) until the condition holds, watching other threads or processes; nothing here is timed. */
    public static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within 60 s: " + what);
            }
            Thread.sleep(100);
        }
    }

    public List<Throwable> failures() {
        return failures;
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        for (Thread t : threads) {
            t.join(30_000);
        }
    }
}

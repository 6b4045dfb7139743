package io.pitstop;

import io.pitstop.live.LiveHub;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.RepairFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * Figures, not assertions ({@code ./mvnw -pl backend -am verify -Pbench}): many open order streams, then progress
 * updates posted while they listen; prints the time from sending the update to each stream receiving it.
 */
@QuarkusTest
@Tag("benchmark")
@io.quarkus.test.junit.TestProfile(LiveBenchmarkTest.ManyStreams.class)
class LiveBenchmarkTest {

    /** Each order's owner follows it from many streams here: the per-user stream cap is lifted (and only here). */
    public static class ManyStreams implements io.quarkus.test.junit.QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pitstop.live.max-streams-per-user", "1000000", "pitstop.live.max-streams", "1000000");
        }
    }

    private static final int ORDERS = Integer.getInteger("pitstop.bench.orders", 50);
    private static final int STREAMS_PER_ORDER = Integer.getInteger("pitstop.bench.streams-per-order", 40);
    private static final int UPDATES = Integer.getInteger("pitstop.bench.updates", 200);
    private static final Pattern BENCH = Pattern.compile("\"message\":\"bench-(\\d+)\"");

    @Inject
    RepairFixtures repairs;

    @Inject
    LiveHub hub;

    @TestHTTPResource("/")
    URL base;

    @Test
    void printFigures() throws Exception {
        List<String> orders = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            BookingFixtures.Customer c = repairs.customer();
            orders.add(repairs.inRepair(c, 240));
            tokens.add(c.login().accessToken());
        }
        int streams = ORDERS * STREAMS_PER_ORDER;
        AtomicLongArray sentAt = new AtomicLongArray(UPDATES);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger opened = new AtomicInteger();
        CountDownLatch allOpen = new CountDownLatch(streams);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(30)).build();

        long connectStart = System.nanoTime();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (int o = 0; o < ORDERS; o++) {
            for (int s = 0; s < STREAMS_PER_ORDER; s++) {
                HttpRequest req = HttpRequest.newBuilder(base.toURI().resolve("/api/v1/repair-orders/" + orders.get(o) + "/events"))
                        .header("Authorization", "Bearer " + tokens.get(o)).header("Accept", "text/event-stream")
                        // Only what comes after the replay: the order's history is 6 events.
                        .header("Last-Event-ID", "6").build();
                pending.add(http.sendAsync(req, HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
                    @Override
                    public void onSubscribe(Flow.Subscription subscription) {
                        opened.incrementAndGet();
                        allOpen.countDown();
                        subscription.request(Long.MAX_VALUE);
                    }

                    @Override
                    public void onNext(String line) {
                        if (line.startsWith("data:")) {
                            Matcher m = BENCH.matcher(line);
                            if (m.find()) {
                                latencies.add(System.nanoTime() - sentAt.get(Integer.parseInt(m.group(1))));
                            }
                        }
                    }

                    @Override
                    public void onError(Throwable throwable) {
                    }

                    @Override
                    public void onComplete() {
                    }
                })));
            }
        }
        boolean connected = allOpen.await(120, TimeUnit.SECONDS);
        long connectMillis = (System.nanoTime() - connectStart) / 1_000_000;
        // Every stream registered on the server before the first update.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (hub.connectedStreams() < streams && System.nanoTime() < deadline) {
            Thread.sleep(50); // waiting for the server side of the connections, not timing anything
        }
        int registered = hub.connectedStreams();

        String advisor = repairs.advisor().accessToken();
        var posters = Executors.newFixedThreadPool(4);
        long postStart = System.nanoTime();
        List<CompletableFuture<Void>> posts = new ArrayList<>();
        for (int u = 0; u < UPDATES; u++) {
            int n = u;
            posts.add(CompletableFuture.runAsync(() -> {
                sentAt.set(n, System.nanoTime());
                given().auth().oauth2(advisor).contentType(ContentType.JSON)
                        .body(Map.of("message", "bench-" + n)).post("/api/v1/repair-orders/" + orders.get(n % ORDERS) + "/updates")
                        .then().statusCode(201);
            }, posters));
        }
        CompletableFuture.allOf(posts.toArray(CompletableFuture[]::new)).join();
        double postSeconds = (System.nanoTime() - postStart) / 1e9;
        long expected = (long) UPDATES * STREAMS_PER_ORDER;
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (latencies.size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        long[] ms = latencies.stream().mapToLong(n -> n / 1_000_000).sorted().toArray();
        System.out.println("\n=== Pitstop live benchmark (" + Runtime.getRuntime().availableProcessors() + " cores) ===");
        System.out.printf("streams: %d requested, %d opened%s in %d ms, %d registered on the server%n", streams, opened.get(),
                connected ? "" : " (timed out)", connectMillis, registered);
        System.out.printf("updates: %d posted (4 concurrent) in %.1f s = %.0f/s; %d of %d deliveries received%n",
                UPDATES, postSeconds, UPDATES / postSeconds, ms.length, expected);
        if (ms.length > 0) {
            System.out.printf("update sent -> stream received: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n%n",
                    pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[ms.length - 1]);
        }
        pending.forEach(f -> f.cancel(true));
        posters.shutdownNow();
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}

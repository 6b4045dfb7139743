package io.pitstop.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load generator of the benchmark, run as its own process (java -cp &lt;test classpath&gt;), so that the
 * application's process holds only the application. One mode per run, its input a JSON file, its result one line
 * {@code RESULT {...}} on stdout. Non-blocking (Vert.x), so that one process on a small machine can hold 10,000
 * streams or keep a fixed request rate.
 *
 * <ul>
 *   <li>{@code rate}: GETs at a fixed rate (open loop: each request's latency counts from the moment it was due, so a
 *   slow server is not hidden by a client that waits for it);</li>
 *   <li>{@code book}: booking attempts of many authenticated customers, as fast as {@code concurrency} loops go;</li>
 *   <li>{@code sse}: order streams opened in steps, updates posted at a fixed rate while they listen.</li>
 * </ul>
 */
public final class LoadClient {

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
    private final JsonObject in;
    private final HttpClient http;

    private LoadClient(JsonObject in) {
        this.in = in;
        URI base = URI.create(in.getString("base"));
        this.http = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(base.getHost()).setDefaultPort(base.getPort())
                        .setKeepAlive(true).setConnectTimeout(30_000).setIdleTimeout(0),
                new PoolOptions().setHttp1MaxSize(in.getInteger("connections", 64)).setMaxWaitQueueSize(-1));
    }

    public static void main(String[] args) throws Exception {
        JsonObject in = new JsonObject(Files.readString(Path.of(args[1])));
        LoadClient client = new LoadClient(in);
        JsonObject out = switch (args[0]) {
            case "rate" -> client.rate();
            case "book" -> client.book();
            case "sse" -> new StreamLoad(client.vertx, in).run();
            default -> throw new IllegalArgumentException(args[0]);
        };
        System.out.println("RESULT " + out.encode());
        System.out.flush();
        System.exit(0);
    }

    /** Fixed-rate GETs of one path for a number of seconds; latency measured from each request's due time. */
    private JsonObject rate() throws Exception {
        String path = in.getString("path");
        String token = in.getString("token");
        double rate = in.getDouble("rate");
        long total = (long) (rate * in.getDouble("seconds"));
        long[] latency = new long[(int) total];
        AtomicInteger done = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong issued = new AtomicLong();
        CompletableFuture<Void> finished = new CompletableFuture<>();
        long start = System.nanoTime();
        double interval = 1e9 / rate;
        vertx.setPeriodic(1, timer -> {
            long now = System.nanoTime();
            while (issued.get() < total && start + (long) (issued.get() * interval) <= now) {
                int n = (int) issued.getAndIncrement();
                long due = start + (long) (n * interval);
                RequestOptions req = new RequestOptions().setMethod(HttpMethod.GET).setURI(path);
                if (token != null) {
                    req.putHeader("Authorization", "Bearer " + token);
                }
                http.request(req).compose(r -> r.send()).compose(resp -> resp.body().map(b -> resp.statusCode()))
                        .onComplete(ar -> {
                            latency[n] = System.nanoTime() - due;
                            if (ar.succeeded() && ar.result() == 200) {
                                ok.incrementAndGet();
                            } else {
                                errors.incrementAndGet();
                            }
                            if (done.incrementAndGet() == total) {
                                finished.complete(null);
                            }
                        });
            }
            if (issued.get() >= total) {
                vertx.cancelTimer(timer);
            }
        });
        finished.get();
        double wall = (System.nanoTime() - start) / 1e9;
        return percentiles(latency).put("requests", total).put("ok", ok.get()).put("errors", errors.get())
                .put("offeredRate", rate).put("achievedRate", total / wall);
    }

    /** Booking attempts, each with its own Idempotency-Key, by customers taken in turn, at random offered starts. */
    private JsonObject book() throws Exception {
        JsonArray customers = in.getJsonArray("customers");
        JsonArray starts = in.getJsonArray("starts");
        String serviceType = in.getString("serviceType");
        long deadline = System.nanoTime() + (long) (in.getDouble("seconds") * 1e9);
        int loops = in.getInteger("concurrency");
        AtomicInteger next = new AtomicInteger();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger booked = new AtomicInteger();
        AtomicInteger full = new AtomicInteger();
        AtomicInteger carBusy = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        JsonObject otherStatuses = new JsonObject();
        long t0 = System.nanoTime();
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int l = 0; l < loops; l++) {
            CompletableFuture<Void> f = new CompletableFuture<>();
            all.add(f);
            vertx.runOnContext(v -> bookLoop(customers, starts, serviceType, deadline, next, latencies, booked, full, carBusy, other,
                    otherStatuses, f));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get();
        double wall = (System.nanoTime() - t0) / 1e9;
        long[] ns = latencies.stream().mapToLong(Long::longValue).toArray();
        return percentiles(ns).put("attempts", ns.length).put("seconds", wall).put("booked", booked.get())
                .put("slotFull", full.get()).put("vehicleBusy", carBusy.get()).put("other", other.get())
                .put("otherStatuses", otherStatuses).put("bookingsPerSecond", booked.get() / wall)
                .put("conflictsPerSecond", (full.get() + carBusy.get()) / wall).put("attemptsPerSecond", ns.length / wall);
    }

    private void bookLoop(JsonArray customers, JsonArray starts, String serviceType, long deadline, AtomicInteger next,
                          List<Long> latencies, AtomicInteger booked, AtomicInteger full, AtomicInteger carBusy, AtomicInteger other,
                          JsonObject otherStatuses, CompletableFuture<Void> done) {
        int n = next.getAndIncrement();
        if (System.nanoTime() >= deadline || n >= in.getInteger("maxAttempts", Integer.MAX_VALUE)) {
            done.complete(null);
            return;
        }
        JsonObject customer = customers.getJsonObject(n % customers.size());
        JsonArray vehicles = customer.getJsonArray("vehicles");
        String vehicle = vehicles.getString((n / customers.size()) % vehicles.size());
        String start = starts.getString(ThreadLocalRandom.current().nextInt(starts.size()));
        Buffer body = new JsonObject().put("vehicleId", vehicle).put("serviceType", serviceType).put("start", start)
                .put("faultDescription", "保养灯亮了").put("channel", "APP").put("emergency", false).toBuffer();
        long sent = System.nanoTime();
        http.request(new RequestOptions().setMethod(HttpMethod.POST).setURI("/api/v1/appointments")
                        .putHeader("Authorization", "Bearer " + customer.getString("token"))
                        .putHeader("Content-Type", "application/json").putHeader("Idempotency-Key", UUID.randomUUID().toString()))
                .compose(r -> r.send(body)).compose(resp -> resp.body().map(b -> new Object[]{resp.statusCode(), b}))
                .onComplete(ar -> {
                    latencies.add(System.nanoTime() - sent);
                    int status = ar.succeeded() ? (Integer) ar.result()[0] : -1;
                    String text = ar.succeeded() ? ar.result()[1].toString() : String.valueOf(ar.cause());
                    if (status == 201) {
                        booked.incrementAndGet();
                    } else if (status == 409 && text.contains("vehicle-already-booked")) {
                        carBusy.incrementAndGet();
                    } else if (status == 409) {
                        full.incrementAndGet();
                    } else {
                        other.incrementAndGet();
                        synchronized (otherStatuses) {
                            String key = Integer.toString(status);
                            otherStatuses.put(key, otherStatuses.getInteger(key, 0) + 1);
                            if (!otherStatuses.containsKey("example")) {
                                otherStatuses.put("example", text.length() > 300 ? text.substring(0, 300) : text);
                            }
                        }
                    }
                    bookLoop(customers, starts, serviceType, deadline, next, latencies, booked, full, carBusy, other, otherStatuses, done);
                });
    }

    /** p50, p99, p999 and max in milliseconds of a set of nanosecond durations. */
    static JsonObject percentiles(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        JsonObject o = new JsonObject();
        if (s.length == 0) {
            return o;
        }
        o.put("p50", at(s, 0.50)).put("p99", at(s, 0.99)).put("p999", at(s, 0.999)).put("max", s[s.length - 1] / 1e6);
        return o;
    }

    private static double at(long[] sorted, double q) {
        return Math.round(sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e4) / 100.0;
    }

    static <T> T await(Future<T> f) throws Exception {
        return f.toCompletionStage().toCompletableFuture().get();
    }
}

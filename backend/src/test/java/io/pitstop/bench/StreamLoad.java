package io.pitstop.bench;

import io.vertx.core.Vertx;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The stream scenario of {@link LoadClient}: order streams opened step by step (1,000, then 5,000, then 10,000 in
 * all by default), each as the order's owner; at each step the application's RSS is read (from /proc, the same
 * machine) and updates are posted by an advisor at a fixed rate while every stream listens. An update's latency is
 * from the moment its POST was sent to the moment a stream received it, for each stream of its order.
 */
final class StreamLoad {

    private final Vertx vertx;
    private final JsonObject in;
    private final HttpClient streams;
    private final HttpClient posts;
    private final AtomicInteger openOk = new AtomicInteger();
    private final AtomicInteger openFailed = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();
    private volatile String marker = "";
    private volatile AtomicLongArray sentAt = new AtomicLongArray(0);
    private volatile ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();

    StreamLoad(Vertx vertx, JsonObject in) {
        this.vertx = vertx;
        this.in = in;
        URI base = URI.create(in.getString("base"));
        HttpClientOptions options = new HttpClientOptions().setDefaultHost(base.getHost()).setDefaultPort(base.getPort())
                .setKeepAlive(true).setConnectTimeout(60_000).setIdleTimeout(0);
        this.streams = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(100_000).setMaxWaitQueueSize(-1));
        this.posts = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(16).setMaxWaitQueueSize(-1));
    }

    JsonObject run() throws Exception {
        JsonArray orders = in.getJsonArray("orders"); // [{id, token}]
        long pid = in.getLong("pid");
        int updatesPerSecond = in.getInteger("updatesPerSecond");
        double seconds = in.getDouble("seconds");
        JsonArray results = new JsonArray();
        long baseline = rssKb(pid);
        int open = 0;
        for (Object step : in.getJsonArray("steps")) {
            int target = (Integer) step;
            long t0 = System.nanoTime();
            open(orders, open, target);
            double openSeconds = (System.nanoTime() - t0) / 1e9;
            open = target;
            Thread.sleep(3000); // lets the server finish registering the last streams before memory is read
            long rss = rssKb(pid);
            JsonObject r = new JsonObject().put("streams", target).put("opened", openOk.get()).put("failed", openFailed.get())
                    .put("closedByServer", closed.get()).put("openSeconds", Math.round(openSeconds * 10) / 10.0)
                    .put("rssMb", rss / 1024).put("rssBaselineMb", baseline / 1024)
                    .put("kbPerStream", openOk.get() == 0 ? 0 : Math.round((rss - baseline) * 10.0 / openOk.get()) / 10.0);
            if (results.isEmpty()) {
                updates(orders, target, updatesPerSecond, Math.min(5, seconds), "warm-"); // first posts: JIT and pools, not the figure
            }
            r.mergeIn(updates(orders, target, updatesPerSecond, seconds, "bench-"));
            results.add(r);
            System.err.println("[sse] " + r.encode());
            if (openOk.get() < target * 0.9) {
                break; // as far as it goes: the next step would only fail more
            }
        }
        return new JsonObject().put("baselineRssMb", baseline / 1024).put("steps", results);
    }

    /** Opens streams number from..to-1, spread over the orders, at most 256 connecting at once. */
    private void open(JsonArray orders, int from, int to) throws Exception {
        Semaphore connecting = new Semaphore(256);
        CompletableFuture<Void> all = new CompletableFuture<>();
        AtomicInteger pending = new AtomicInteger(to - from);
        for (int i = from; i < to; i++) {
            connecting.acquire();
            JsonObject order = orders.getJsonObject(i % orders.size());
            vertx.runOnContext(v -> streams.request(new RequestOptions().setMethod(HttpMethod.GET)
                            .setURI("/api/v1/repair-orders/" + order.getString("id") + "/events")
                            .putHeader("Authorization", "Bearer " + order.getString("token"))
                            .putHeader("Accept", "text/event-stream"))
                    .compose(r -> r.send())
                    .onComplete(ar -> {
                        if (ar.succeeded() && ar.result().statusCode() == 200) {
                            openOk.incrementAndGet();
                            StringBuilder partial = new StringBuilder();
                            ar.result().handler(b -> receive(partial, b));
                            ar.result().endHandler(x -> closed.incrementAndGet());
                            ar.result().exceptionHandler(x -> { });
                        } else {
                            openFailed.incrementAndGet();
                            if (openFailed.get() <= 3) {
                                System.err.println("[sse] open failed: " + (ar.succeeded() ? ar.result().statusCode() : ar.cause()));
                            }
                        }
                        connecting.release();
                        if (pending.decrementAndGet() == 0) {
                            all.complete(null);
                        }
                    }));
        }
        all.get(10, TimeUnit.MINUTES);
    }

    /** Lines of one stream; a data line naming this step's marker is one delivery of that update. */
    private void receive(StringBuilder partial, Buffer b) {
        long now = System.nanoTime();
        partial.append(b.toString());
        int nl;
        while ((nl = partial.indexOf("\n")) >= 0) {
            String line = partial.substring(0, nl);
            partial.delete(0, nl + 1);
            String m = marker;
            int at = line.startsWith("data:") ? line.indexOf(m) : -1;
            if (at >= 0 && !m.isEmpty()) {
                int end = at + m.length();
                while (end < line.length() && Character.isDigit(line.charAt(end))) {
                    end++;
                }
                int n = Integer.parseInt(line.substring(at + m.length(), end));
                long sent = sentAt.get(n);
                if (sent != 0) {
                    latencies.add(now - sent);
                }
            }
        }
    }

    /** Updates posted at a fixed rate, orders in turn, while every stream listens; deliveries counted and timed. */
    private JsonObject updates(JsonArray orders, int streamCount, int perSecond, double seconds, String prefix) throws Exception {
        int total = (int) (perSecond * seconds);
        marker = prefix + streamCount + "-";
        sentAt = new AtomicLongArray(total);
        latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger posted = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        String advisor = in.getString("advisorToken");
        long expected = 0;
        for (int n = 0; n < total; n++) {
            int order = n % orders.size();
            // streams are spread over the orders in turn: order k holds every orders.size()-th stream
            expected += streamCount / orders.size() + (order < streamCount % orders.size() ? 1 : 0);
        }
        long start = System.nanoTime();
        for (int n = 0; n < total; n++) {
            long due = start + (long) (n * 1e9 / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            int u = n;
            String order = orders.getJsonObject(n % orders.size()).getString("id");
            Buffer body = new JsonObject().put("message", marker + u).toBuffer();
            vertx.runOnContext(v -> {
                sentAt.set(u, System.nanoTime());
                posts.request(new RequestOptions().setMethod(HttpMethod.POST).setURI("/api/v1/repair-orders/" + order + "/updates")
                                .putHeader("Authorization", "Bearer " + advisor).putHeader("Content-Type", "application/json"))
                        .compose(r -> r.send(body)).compose(resp -> resp.body().map(x -> resp.statusCode()))
                        .onComplete(ar -> {
                            if (ar.succeeded() && ar.result() == 201) {
                                posted.incrementAndGet();
                            } else {
                                failed.incrementAndGet();
                                if (failed.get() <= 3) {
                                    System.err.println("[sse] update failed: " + (ar.succeeded() ? ar.result() : ar.cause()));
                                }
                            }
                        });
            });
        }
        double postSeconds = (System.nanoTime() - start) / 1e9;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (latencies.size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(100); // waiting for the last deliveries, not timing anything
        }
        long[] ns = latencies.stream().mapToLong(Long::longValue).toArray();
        return LoadClient.percentiles(ns).put("updatesPosted", posted.get()).put("updatesFailed", failed.get())
                .put("updatesPerSecond", Math.round(total / postSeconds * 10) / 10.0)
                .put("deliveries", ns.length).put("deliveriesExpected", expected);
    }

    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            System.err.println("[sse] cannot read RSS of " + pid + ": " + e);
        }
        return -1;
    }
}

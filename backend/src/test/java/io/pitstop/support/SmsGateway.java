package io.pitstop.support;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMS gateway for a packaged instance (its PITSTOP_NOTIFY_WEBHOOK_URL): it accepts each message, or, once told to
 * {@link #hang}, takes the request and never answers, so that the instance is left in the middle of sending what it
 * claimed from the outbox.
 */
public final class SmsGateway implements AutoCloseable {

    private final HttpServer server;
    private final List<JsonObject> received = new CopyOnWriteArrayList<>();
    private final AtomicBoolean hanging = new AtomicBoolean();
    private final AtomicInteger held = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);

    public SmsGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "sms-gateway");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/sms", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (hanging.get()) {
                held.incrementAndGet();
                try {
                    released.await(); // never answers while the test runs
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
                return;
            }
            received.add(new JsonObject(new String(body, StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
    }

    /** From now on, requests are taken and never answered. */
    public void hang() {
        hanging.set(true);
    }

    /** Requests taken and left unanswered. */
    public int held() {
        return held.get();
    }

    /** The messages it accepted. */
    public List<JsonObject> received() {
        return received;
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}

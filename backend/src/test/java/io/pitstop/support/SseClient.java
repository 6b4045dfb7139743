package io.pitstop.support;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A server-sent events client for tests: connects with a bearer token (and optionally Last-Event-ID), parses the
 * stream on its own thread and hands over events and comment lines as they arrive, each with its arrival time.
 */
public final class SseClient implements AutoCloseable {

    public record Event(String id, String type, String data, String comment, long receivedNanos) {
        public boolean isComment() {
            return comment != null;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
    private final List<String> otherLines = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final int status;
    private final String contentType;
    private final String body;
    private final java.net.http.HttpHeaders headers;
    private final InputStream stream;
    private final Thread reader;
    private volatile boolean ended;

    private SseClient(HttpResponse<InputStream> response) throws Exception {
        this.status = response.statusCode();
        this.contentType = response.headers().firstValue("Content-Type").orElse("");
        this.headers = response.headers();
        this.stream = response.body();
        if (status != 200) {
            this.body = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            this.reader = null;
            return;
        }
        this.body = null;
        Thread t = new Thread(this::read, "sse-client");
        t.setDaemon(true);
        t.start();
        this.reader = t;
    }

    public static SseClient connect(String url, String token, String lastEventId) {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").GET();
        if (token != null) {
            req.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            req.header("Last-Event-ID", lastEventId);
        }
        try {
            return new SseClient(HTTP.send(req.build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    /** Lines that are neither id, event, data nor a comment (a clean stream has none). */
    public List<String> otherLines() {
        return otherLines;
    }

    /** A response header, or null. */
    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public String body() {
        return body;
    }

    /** True once the server closed the stream (or the connection broke), and every event before that was queued. */
    public boolean ended() {
        return ended;
    }

    /** The next data event (comments skipped) within the time given, or null. */
    public Event poll(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                Event e = left <= 0 ? queue.poll() : queue.poll(left, TimeUnit.NANOSECONDS);
                if (e == null || !e.isComment()) {
                    return e;
                }
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The next data event (comments skipped), or a failure after the timeout. */
    public Event next(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Event e = poll(deadline - System.nanoTime());
            if (!e.isComment()) {
                return e;
            }
        }
    }

    /** The next line of any kind, comments included. */
    public Event nextAny(Duration timeout) {
        return poll(timeout.toNanos());
    }

    /** The next {@code n} data events. */
    public List<Event> next(int n, Duration timeout) {
        List<Event> events = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (events.size() < n) {
            events.add(next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime()))));
        }
        return events;
    }

    /** True when no data event arrives within the time given. */
    public boolean quietFor(Duration time) {
        long deadline = System.nanoTime() + time.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return true;
                }
                Event e = queue.poll(left, TimeUnit.NANOSECONDS);
                if (e == null) {
                    return true;
                }
                if (!e.isComment()) {
                    return false;
                }
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Event poll(long nanos) {
        try {
            Event e = queue.poll(Math.max(1, nanos), TimeUnit.NANOSECONDS);
            if (e == null) {
                throw new AssertionError("No server-sent event arrived in time");
            }
            return e;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new AssertionError(ex);
        }
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String id = null;
            String type = null;
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    if (!data.isEmpty() || type != null) {
                        queue.add(new Event(id, type, data.toString(), null, System.nanoTime()));
                    }
                    id = null;
                    type = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    queue.add(new Event(null, null, null, line.substring(1).strip(), System.nanoTime()));
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    type = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    if (!data.isEmpty()) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5));
                } else {
                    otherLines.add(line);
                }
            }
        } catch (Exception ignored) {
            // closed by the test, or the connection broke
        } finally {
            ended = true;
        }
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (Exception ignored) {
            // already closed
        }
        if (reader != null) {
            reader.interrupt();
        }
    }
}

package io.pitstop.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pitstop.support.TestClients;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Sends a hostile case as the bytes it is (JDK client: no content type added, no body re-encoded) and reads the
 * answer: status, content type and at most 64 KiB of the body (a stream opened by mistake is not followed).
 */
final class Wire {

    record Answer(int status, String contentType, String body, String failure) {
    }

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How long a case's answer may take: far more than any refusal needs, so a hanging request is a finding. */
    private static final Duration ANSWER_TIME = Duration.ofSeconds(15);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    Wire(String base) {
        this.base = base;
    }

    Answer send(HostileCases.Case c, String token) {
        if (c.body() != null && c.body().length > HostileCases.BODY_LIMIT) {
            return announceOnly(c, token);
        }
        String uri = base + c.path() + (c.query() == null ? "" : "?" + c.query());
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(URI.create(uri)).timeout(ANSWER_TIME);
        } catch (IllegalArgumentException e) {
            return new Answer(0, null, null, "client refused the URI: " + e.getMessage());
        }
        HttpRequest.BodyPublisher body = c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(c.body());
        b.method(c.op().method().toUpperCase(), body);
        if (c.contentType() != null) {
            b.header("Content-Type", c.contentType());
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        b.header(TestClients.HEADER, TestClients.randomAddress());
        for (Map.Entry<String, String> h : c.headers().entrySet()) {
            if (!RESTRICTED.contains(h.getKey().toLowerCase())) {
                try {
                    b.header(h.getKey(), h.getValue());
                } catch (IllegalArgumentException e) {
                    return new Answer(0, null, null, "client refused the header: " + e.getMessage());
                }
            }
        }
        HttpResponse<InputStream> r = null;
        try {
            r = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            String type = r.headers().firstValue("Content-Type").orElse(null);
            if (type != null && type.startsWith("text/event-stream")) {
                return new Answer(r.statusCode(), type, "", null);
            }
            InputStream in = r.body();
            var read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return in.readNBytes(64 * 1024);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            byte[] bytes = read.get(ANSWER_TIME.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            return new Answer(r.statusCode(), type, new String(bytes, java.nio.charset.StandardCharsets.UTF_8), null);
        } catch (java.util.concurrent.TimeoutException e) {
            return new Answer(r.statusCode(), null, null, "the answer's body did not end within " + ANSWER_TIME.toSeconds() + " s");
        } catch (IOException | java.util.concurrent.ExecutionException e) {
            return new Answer(r == null ? 0 : r.statusCode(), null, null, "no complete answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (r != null) {
                try {
                    r.body().close();
                } catch (IOException ignored) {
                    // the connection is dropped either way
                }
            }
        }
    }

    /**
     * A body past the limit, announced as a careful client does (Content-Length and {@code Expect: 100-continue}) over
     * a plain socket: the server must answer from the headers, without asking for the bytes.
     */
    private Answer announceOnly(HostileCases.Case c, String token) {
        URI u = URI.create(base);
        StringBuilder head = new StringBuilder(c.op().method().toUpperCase()).append(' ').append(c.path())
                .append(c.query() == null ? "" : "?" + c.query()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(u.getHost()).append(':').append(u.getPort()).append("\r\n")
                .append("Content-Type: ").append(c.contentType()).append("\r\n")
                .append("Content-Length: ").append(c.body().length).append("\r\n")
                .append("Expect: 100-continue\r\nConnection: close\r\n")
                .append(TestClients.HEADER).append(": ").append(TestClients.randomAddress()).append("\r\n");
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        try (java.net.Socket socket = new java.net.Socket(u.getHost(), u.getPort())) {
            socket.setSoTimeout((int) ANSWER_TIME.toMillis());
            socket.getOutputStream().write(head.append("\r\n").toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            // The server keeps the connection until the announced body would have come: read what the answer says.
            var in = new java.io.BufferedInputStream(socket.getInputStream());
            java.io.ByteArrayOutputStream headBytes = new java.io.ByteArrayOutputStream();
            while (!headBytes.toString(java.nio.charset.StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                headBytes.write(b);
            }
            String[] lines = headBytes.toString(java.nio.charset.StandardCharsets.ISO_8859_1).split("\r\n");
            int status = lines.length > 0 && lines[0].startsWith("HTTP/1.1 ") ? Integer.parseInt(lines[0].substring(9, 12)) : 0;
            if (status == 100) {
                return new Answer(100, null, null, "the server asked for a body past the limit");
            }
            String type = null;
            int length = 0;
            for (String line : lines) {
                String lower = line.toLowerCase();
                if (lower.startsWith("content-type:")) {
                    type = line.substring(13).strip();
                } else if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).strip());
                }
            }
            String text = new String(in.readNBytes(Math.min(length, 64 * 1024)), java.nio.charset.StandardCharsets.UTF_8);
            return new Answer(status, type, text, null);
        } catch (IOException | RuntimeException e) {
            return new Answer(0, null, null, "no answer to a body past the limit: " + e);
        }
    }

    /**
     * What is wrong with a 4xx answer, or null: it must be an RFC 9457 problem whose status is the answer's, with a
     * type and a title; a 400 names the field at fault (or, on the OAuth token endpoint, the OAuth error).
     */
    static String problemFault(Answer a) {
        if (a.contentType() == null || !a.contentType().startsWith("application/problem+json")) {
            return "content type " + a.contentType() + " is not application/problem+json";
        }
        JsonNode p;
        try {
            p = JSON.readTree(a.body());
        } catch (IOException e) {
            return "body is not JSON: " + HostileCases.abbreviate(a.body());
        }
        if (p == null || !p.path("type").isTextual() || p.path("type").asText().isBlank()
                || !p.path("title").isTextual() || p.path("title").asText().isBlank()) {
            return "problem without type or title: " + HostileCases.abbreviate(a.body());
        }
        if (p.path("status").asInt() != a.status()) {
            return "problem status " + p.path("status") + " differs from " + a.status();
        }
        if (a.status() == 400 && !p.path("error").isTextual()) {
            JsonNode errors = p.path("errors");
            if (!errors.isArray() || errors.isEmpty() || errors.get(0).path("field").asText("").isBlank()) {
                return "400 without the field at fault: " + HostileCases.abbreviate(a.body());
            }
        }
        return null;
    }
}

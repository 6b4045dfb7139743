package io.pitstop.hostile;

import io.pitstop.support.TestClients;
import io.restassured.RestAssured;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Plain HTTP for the hostile tests: any method, body and media type, and streams closed as soon as their head has come
 * (a stream the caller may follow never ends by itself). Each request comes from a client address of its own, as the
 * suite's REST Assured requests do ({@link TestClients}).
 */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String BOUNDARY = "hostile-boundary-7MA4YWxkTrZu0gW";

    public record Answer(int status, String contentType, String body) {
        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }

    private Http() {
    }

    public static String url(String path) {
        return RestAssured.baseURI + ":" + RestAssured.port + path;
    }

    /** The request with an empty body of the given media type ({}, an empty form, a multipart with one field). */
    public static Answer call(String method, String path, String token, String bodyType) {
        String body = null;
        String contentType = bodyType;
        if (bodyType != null) {
            if (bodyType.startsWith("multipart/")) {
                contentType = "multipart/form-data; boundary=" + BOUNDARY;
                body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nREPAIR\r\n--" + BOUNDARY + "--\r\n";
            } else if (bodyType.contains("x-www-form-urlencoded")) {
                body = "";
            } else {
                body = "{}";
            }
        }
        return send(method, path, token, contentType, body);
    }

    public static Answer send(String method, String path, String token, String contentType, String body) {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20))
                .header(TestClients.HEADER, TestClients.randomAddress())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            req.header("Content-Type", contentType);
        }
        if (token != null) {
            req.header("Authorization", "Bearer " + token);
        }
        if (path.endsWith("/events")) {
            req.header("Accept", "text/event-stream");
        }
        try {
            HttpResponse<InputStream> response = CLIENT.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
            String type = response.headers().firstValue("Content-Type").orElse("");
            try (InputStream in = response.body()) {
                // A stream that was let open: its head says enough, and it would never end.
                String text = type.startsWith("text/event-stream") ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return new Answer(response.statusCode(), type, text);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

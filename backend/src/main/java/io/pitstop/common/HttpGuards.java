package io.pitstop.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * What the HTTP layer refuses, answered as problems like everything else instead of an empty body: a URI or headers
 * larger than the API accepts (414, 431), a body larger than the limit (413), a body without a content type (415),
 * bad percent-encoding (400), and a NUL
 * character anywhere in the path or the query (400 naming the parameter; PostgreSQL cannot store one).
 * <p>
 * The limits here are the API's. The server's own codec limits are set higher (application.properties), as a last
 * guard whose bare answers only a request far beyond these ever sees.
 */
@ApplicationScoped
public class HttpGuards {

    private final int maxUriLength;
    private final int maxHeaderBytes;
    private final long maxBodyBytes;
    private final long maxJsonBytes;

    public HttpGuards(@ConfigProperty(name = "pitstop.http.max-uri-length", defaultValue = "8192") int maxUriLength,
                      @ConfigProperty(name = "pitstop.http.max-header-bytes", defaultValue = "16384") int maxHeaderBytes,
                      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody,
                      @ConfigProperty(name = "pitstop.http.max-json-body", defaultValue = "512K") MemorySize maxJson) {
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderBytes;
        this.maxBodyBytes = maxBody.asLongValue();
        this.maxJsonBytes = Math.min(maxJson.asLongValue(), maxBodyBytes);
    }

    void register(@Observes Filters filters) {
        filters.register(this::guard, 900);
    }

    /**
     * Failures the router raises itself (a path that cannot be decoded, no route, a body over the limit): answered as
     * problems before the framework's error handler answers them with an empty body. Anything else goes on to it.
     */
    void errors(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(rc -> {
            if (!answerFailure(rc, rc.statusCode())) {
                rc.next();
            }
        });
        // A path that cannot be decoded matches no route at all: the router's error handlers are the last word.
        for (int status : new int[]{400, 404, 405, 413, 414, 431}) {
            router.errorHandler(status, rc -> {
                if (!answerFailure(rc, status) && !rc.response().ended()) {
                    rc.response().setStatusCode(status).end();
                }
            });
        }
    }

    /** True when the failure was answered here. */
    private boolean answerFailure(RoutingContext rc, int status) {
        if (rc.response().ended() || rc.response().headWritten()
                || !(status == 400 || status == 404 || status == 405 || status == 413 || status == 414 || status == 431)) {
            return false;
        }
        String detail = switch (status) {
            case 413 -> "The request body is larger than " + maxBodyBytes / (1024 * 1024) + " MiB";
            case 414 -> "The request URI is too long";
            case 431 -> "The request headers are too large";
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed on this resource";
            default -> "The request could not be read (a malformed path or encoding)";
        };
        problem(rc, status, detail, status == 400 ? "path" : null, "could not be decoded");
        return true;
    }

    void guard(RoutingContext rc) {
        String uri = rc.request().uri();
        if (uri.length() > maxUriLength) {
            problem(rc, 414, "The request URI is longer than " + maxUriLength + " characters", null, null);
            return;
        }
        if (headerBytes(rc.request().headers()) > maxHeaderBytes) {
            problem(rc, 431, "The request headers are larger than " + maxHeaderBytes / 1024 + " KiB", null, null);
            return;
        }
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && longerThan(length, maxBodyBytes)) {
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            problem(rc, 413, "The request body is larger than " + maxBodyBytes / (1024 * 1024) + " MiB", null, null);
            return;
        }
        // Only uploads (multipart) need the large limit; a JSON or form body that size is parsed into memory whole,
        // so those have a cap of their own. (A chunked body announces no length: the server's limit bounds it.)
        if (length != null && longerThan(length, maxJsonBytes) && !multipart(rc)) {
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            problem(rc, 413, "The request body is larger than " + maxJsonBytes / 1024 + " KiB (only file uploads may be larger)",
                    "body", "is larger than " + maxJsonBytes / 1024 + " KiB");
            return;
        }
        if (bodyWithoutType(rc)) {
            problem(rc, 415, "A request body needs its Content-Type (application/json)", null, null);
            return;
        }
        int q = uri.indexOf('?');
        String rawPath = q < 0 ? uri : uri.substring(0, q);
        if (decodeOrNull(rawPath.replace("+", "%2B")) == null) {
            problem(rc, 400, "path: is not correctly percent-encoded", "path", "is not correctly percent-encoded");
            return;
        }
        if (containsNul(rawPath)) {
            problem(rc, 400, "path: must not contain a NUL character", "path", "must not contain a NUL character");
            return;
        }
        if (q >= 0) {
            for (String pair : uri.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                String rawName = eq < 0 ? pair : pair.substring(0, eq);
                String name = decodeOrNull(rawName);
                String field = name == null || name.length() > 40 || Texts.hasControl(name) ? "query" : name;
                String value = decodeOrNull(eq < 0 ? "" : pair.substring(eq + 1));
                if (name == null || value == null) {
                    problem(rc, 400, field + ": is not correctly percent-encoded", field, "is not correctly percent-encoded");
                    return;
                }
                if (Texts.hasNul(name) || Texts.hasNul(value)) {
                    problem(rc, 400, field + ": must not contain a NUL character", field, "must not contain a NUL character");
                    return;
                }
            }
        }
        // What Quarkus checks before routing (switched off so that this answer is a problem): a URI Java can parse.
        try {
            new java.net.URI(uri);
        } catch (java.net.URISyntaxException e) {
            problem(rc, 400, "The request URI is malformed: " + e.getReason(), q >= 0 && e.getIndex() > q ? "query" : "path",
                    "is not a valid URI part");
            return;
        }
        rc.next();
    }

    /**
     * A body that does not say what it is: the framework would read it as JSON anyway, which the contract does not
     * promise and a client that forgot the header should learn. Bodiless requests (a POST that only names an action)
     * are left alone.
     */
    private static boolean bodyWithoutType(RoutingContext rc) {
        var request = rc.request();
        if (request.getHeader(HttpHeaders.CONTENT_TYPE) != null || !request.path().startsWith("/api/")) {
            return false;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean hasBody = request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || length != null && !length.strip().equals("0");
        return hasBody && switch (request.method().name()) {
            case "POST", "PUT", "PATCH" -> true;
            default -> false;
        };
    }

    private static boolean multipart(RoutingContext rc) {
        String type = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.strip().toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    private static boolean longerThan(String length, long max) {
        try {
            return Long.parseLong(length.strip()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static int headerBytes(MultiMap headers) {
        int total = 0;
        for (Map.Entry<String, String> h : headers) {
            total += h.getKey().length() + h.getValue().length() + 4;
        }
        return total;
    }

    private static boolean containsNul(String raw) {
        return raw.indexOf('\0') >= 0 || raw.toLowerCase(Locale.ROOT).contains("%00");
    }

    private static String decodeOrNull(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** An RFC 9457 problem written straight to the response, for refusals before the REST layer. */
    static void problem(RoutingContext rc, int status, String detail, String field, String message) {
        String title = switch (status) {
            case 400 -> "Invalid request";
            case 413 -> "Payload too large";
            case 415 -> "Unsupported Media Type";
            case 414 -> "URI too long";
            case 431 -> "Request header fields too large";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            default -> "Error";
        };
        String type = status == 400 ? "validation" : title.toLowerCase(Locale.ROOT).replace(' ', '-');
        String path = rc.request().path();
        JsonObject body = new JsonObject()
                .put("type", Problem.TYPE_BASE + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (path != null && path.length() <= 200 && path.indexOf('\0') < 0) {
            body.put("instance", path);
        }
        String requestId = rc.request().getHeader(RequestIds.HEADER);
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        if (field != null) {
            body.put("errors", new JsonArray().add(new JsonObject().put("field", field).put("message", message)));
        }
        rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body.encode());
    }
}

package io.pitstop.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The hostile requests of one operation: each starts from a request the contract accepts and breaks one thing of
 * it — a body field ({@link BodyMutations}), the whole body (malformed JSON, wrong or missing content type, empty,
 * past the size limit), a path or query parameter, a header. Every case violates the contract (or what the
 * database can store), so it must be refused with a 4xx; only on a read may a tolerated header (a nonsense
 * Accept-Language) be answered 2xx. A seeded random picks at most {@code limit} cases per operation.
 */
final class HostileCases {

    /** One request. {@code mustRefuse}: only a 4xx is right; otherwise any answer but a 5xx (a read, nothing changes). */
    record Case(OpenApiDocument.Operation op, String what, String path, String query, Map<String, String> headers,
                String contentType, byte[] body, boolean mustRefuse) {
    }

    static final int BODY_LIMIT = 11 * 1024 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String EMOJI = "%F0%9F%9A%97%E2%80%AE";

    private final Samples samples;
    private final BodyMutations bodies;
    private final Random random;

    HostileCases(OpenApiDocument contract, Samples samples, long seed) {
        this.samples = samples;
        this.bodies = new BodyMutations(contract);
        this.random = new Random(seed);
    }

    List<Case> of(OpenApiDocument.Operation op, int limit) {
        Request valid = valid(op);
        List<Case> cases = new ArrayList<>();
        if (op.hasBody() && op.mediaType().equals("application/json")) {
            bodies.of(op.body(), valid.body).forEach(m -> cases.add(valid.withBody("body " + m.what(), json(m.body()))));
            cases.addAll(wholeBody(valid));
        } else if (op.hasBody()) {
            cases.addAll(otherBody(valid));
        }
        cases.addAll(params(valid));
        cases.addAll(headers(valid));
        Collections.shuffle(cases, random);
        return cases.size() > limit ? cases.subList(0, limit) : cases;
    }

    private Request valid(OpenApiDocument.Operation op) {
        Map<String, String> path = new LinkedHashMap<>();
        op.params("path").forEach(p -> path.put(p.name(), encode(samples.param(op, p))));
        Map<String, String> query = new LinkedHashMap<>();
        op.params("query").stream().filter(OpenApiDocument.Param::required).forEach(p -> query.put(p.name(), encode(samples.param(op, p))));
        Map<String, String> headers = new LinkedHashMap<>();
        op.params("header").stream().filter(p -> p.name().equals("Idempotency-Key"))
                .forEach(p -> headers.put(p.name(), UUID.randomUUID().toString()));
        JsonNode base = op.hasBody() ? samples.value(op.body(), null, 0) : null;
        return new Request(op, path, query, headers, base);
    }

    private List<Case> wholeBody(Request r) {
        byte[] valid = json(r.body);
        List<Case> out = new ArrayList<>();
        for (String malformed : List.of("{", "{\"a\":}", "[1,2", "nul", "{} trailing", "{\"a\":1,}", "'single'",
                "[".repeat(5000), "null", "[]", "\"text\"", "42", "")) {
            out.add(r.withBody("malformed JSON " + abbreviate(malformed), malformed.getBytes(StandardCharsets.UTF_8)));
        }
        out.add(r.withBody("invalid UTF-8", new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json-patch+json")) {
            out.add(r.with("content type " + type, type, valid, r.headers));
        }
        out.add(r.with("no content type", null, valid, r.headers));
        if (firstText(r.body) != null) {
            out.add(r.withBody("1 MiB string", hugeString(r.body, 1024 * 1024)));
        }
        out.add(r.withBody("body past the limit", hugeString(r.body, BODY_LIMIT + 1024)));
        List<String> required = OpenApiDocument.required(r.op.body());
        if (r.body instanceof ObjectNode o && !required.isEmpty()) {
            // Unicode in every string, and a required field missing: how text in many scripts travels, refused.
            ObjectNode copy = unicodeEverywhere(o.deepCopy());
            copy.remove(required.get(0));
            out.add(r.withBody("unicode everywhere, " + required.get(0) + " missing", json(copy)));
        }
        return out;
    }

    /** Form and multipart bodies: the framework reads them; garbage, NUL and the wrong type instead. */
    private List<Case> otherBody(Request r) {
        String form = r.op.mediaType();
        return List.of(
                r.with("garbage " + form, form, "%%%\u0000&&==".getBytes(StandardCharsets.UTF_8), r.headers),
                r.with("NUL in a field", form.startsWith("multipart") ? form + "; boundary=b" : form,
                        "grant_type=client_credentials&client_id=a%00b&client_secret=x".getBytes(StandardCharsets.UTF_8), r.headers),
                r.with("JSON instead", "application/json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8), r.headers),
                r.with("multipart without boundary", "multipart/form-data", "--b\r\n".getBytes(StandardCharsets.UTF_8), r.headers),
                r.with("multipart cut off", "multipart/form-data; boundary=b",
                        "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\u0089PNG"
                                .getBytes(StandardCharsets.UTF_8), r.headers),
                r.with("empty", form, new byte[0], r.headers));
    }

    private List<Case> params(Request r) {
        List<Case> out = new ArrayList<>();
        for (OpenApiDocument.Param p : r.op.params("path")) {
            for (String bad : badValues(p.schema(), true)) {
                Map<String, String> path = new LinkedHashMap<>(r.path);
                path.put(p.name(), bad);
                out.add(r.withPath("path " + p.name() + " " + abbreviate(bad), path));
            }
        }
        for (OpenApiDocument.Param p : r.op.params("query")) {
            for (String bad : badValues(p.schema(), false)) {
                Map<String, String> query = new LinkedHashMap<>(r.query);
                query.put(p.name(), bad);
                // An empty value reads as no value: fine on a read, where the default is a valid answer.
                out.add(r.withQuery("query " + p.name() + " " + abbreviate(bad), query, !bad.isEmpty() || !r.op.safe()));
            }
        }
        return out;
    }

    /** Raw (already percent-encoded) values outside the parameter's schema, and what no parameter may hold. */
    private static List<String> badValues(JsonNode s, boolean inPath) {
        List<String> out = new ArrayList<>(List.of("ab%00cd", "a".repeat(9000)));
        String format = s.path("format").asText("");
        boolean constrained = s.has("enum") || s.has("pattern") || !format.isEmpty()
                || !OpenApiDocument.type(s).equals("string");
        if (constrained) {
            out.addAll(List.of(EMOJI, "-1", "99999999999999999999", "%27%20OR%201%3D1--", "..%2F..%2Fetc", "a".repeat(2000)));
            if (!inPath) {
                out.add("");
            }
        }
        switch (format) {
            case "date" -> out.addAll(List.of("2026-02-30", "%2B999999999-12-31", "yesterday"));
            case "date-time" -> out.addAll(List.of("2026-11-25T25:00:00%2B08:00", "2026-11-25"));
            case "uuid" -> out.add("00000000-0000-0000-0000-00000000000g");
            default -> {
            }
        }
        if (OpenApiDocument.type(s).equals("boolean")) {
            out.add("maybe");
        }
        return out;
    }

    private List<Case> headers(Request r) {
        List<Case> out = new ArrayList<>();
        for (OpenApiDocument.Param p : r.op.params("header")) {
            if (p.name().equals("Idempotency-Key")) {
                for (String bad : List.of("short", "k".repeat(101), "has spaces in it", "<script>x</script>")) {
                    out.add(r.withHeader("header Idempotency-Key " + abbreviate(bad), p.name(), bad, false));
                }
            }
        }
        Map<String, String> odd = new LinkedHashMap<>();
        odd.put("Accept-Language", "zz-ZZ;q=abc, *;q=-1, en;q=2");
        odd.put("Accept-Language ", "x".repeat(5000));
        odd.put("If-Match", "\"" + "W/".repeat(100) + "\"");
        odd.put("Last-Event-ID", "-99999999999999999999999");
        odd.put("Last-Event-ID ", "\u00e9\u00e8");
        odd.forEach((name, value) -> out.add(r.withHeader("header " + name.strip() + " " + abbreviate(value), name.strip(), value, true)));
        return out;
    }

    /** A body with a long string in place of the first string it holds (or, past the limit, of the whole body). */
    private static byte[] hugeString(JsonNode body, int length) {
        String filler = "汽".repeat(length / 3 + 1);
        List<Object> at = firstText(body);
        if (at == null) {
            return json(MAPPER.getNodeFactory().textNode(filler));
        }
        return json(BodyMutations.replace(body, at, MAPPER.getNodeFactory().textNode(filler)));
    }

    /** The path (names and indexes) of the first string in the body, or null when it holds none. */
    private static List<Object> firstText(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            for (var it = node.fields(); it.hasNext(); ) {
                var f = it.next();
                List<Object> inner = f.getValue().isTextual() ? new ArrayList<>() : firstText(f.getValue());
                if (inner != null) {
                    inner.add(0, f.getKey());
                    return inner;
                }
            }
        } else if (node.isArray() && !node.isEmpty()) {
            List<Object> inner = node.get(0).isTextual() ? new ArrayList<>() : firstText(node.get(0));
            if (inner != null) {
                inner.add(0, 0);
                return inner;
            }
        }
        return null;
    }

    private static ObjectNode unicodeEverywhere(ObjectNode node) {
        node.fieldNames().forEachRemaining(name -> {
            JsonNode v = node.get(name);
            if (v.isTextual()) {
                node.put(name, BodyMutations.UNICODE);
            } else if (v instanceof ObjectNode o) {
                unicodeEverywhere(o);
            }
        });
        return node;
    }

    static byte[] json(JsonNode node) {
        try {
            String text = MAPPER.writeValueAsString(node).replace(BodyMutations.LONE_SURROGATE, "\\ud800");
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String abbreviate(String s) {
        String shown = s.replace("\u0000", "\\0");
        return shown.length() > 40 ? shown.substring(0, 20) + "…(" + shown.length() + " chars)" : shown;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The valid request a case breaks: parameters as text (path values encoded), the body as a tree. */
    private record Request(OpenApiDocument.Operation op, Map<String, String> path, Map<String, String> query,
                           Map<String, String> headers, JsonNode body) {

        Case with(String what, String contentType, byte[] bytes, Map<String, String> hdrs) {
            return build(what, path, query, hdrs, contentType, bytes, true);
        }

        Case withBody(String what, byte[] bytes) {
            return with(what, op.mediaType(), bytes, headers);
        }

        Case withPath(String what, Map<String, String> rawPath) {
            return build(what, rawPath, query, headers, op.mediaType(), body == null ? null : json(body), true);
        }

        Case withQuery(String what, Map<String, String> rawQuery, boolean mustRefuse) {
            return build(what, path, rawQuery, headers, op.mediaType(), body == null ? null : json(body), mustRefuse);
        }

        /**
         * A header changed. One the contract constrains (Idempotency-Key) goes with a valid request; one it does not
         * name goes, on a change, with a body that cannot be read (tolerating the header is then still a refusal).
         */
        Case withHeader(String what, String name, String value, boolean tolerated) {
            Map<String, String> hdrs = new LinkedHashMap<>(headers);
            hdrs.put(name, value);
            if (!tolerated || op.safe()) {
                return build(what, path, query, hdrs, op.mediaType(), body == null ? null : json(body), !tolerated);
            }
            if (op.hasBody()) {
                return build(what + " (malformed body)", path, query, hdrs, op.mediaType(), "{".getBytes(StandardCharsets.UTF_8), true);
            }
            Map<String, String> unknown = new LinkedHashMap<>(path);
            unknown.replaceAll((k, v) -> UUID.randomUUID().toString());
            return build(what + " (unknown id)", unknown, query, hdrs, op.mediaType(), null, true);
        }

        /** Parameter values arrive percent-encoded (the valid ones were encoded when the request was made). */
        private Case build(String what, Map<String, String> p, Map<String, String> q, Map<String, String> hdrs,
                           String contentType, byte[] bytes, boolean mustRefuse) {
            String url = op.path();
            for (var e : p.entrySet()) {
                url = url.replace("{" + e.getKey() + "}", e.getValue());
            }
            StringBuilder qs = new StringBuilder();
            q.forEach((k, v) -> qs.append(qs.isEmpty() ? "" : "&").append(encode(k)).append('=').append(v));
            return new Case(op, what, url, qs.isEmpty() ? null : qs.toString(), hdrs, contentType, bytes, mustRefuse);
        }
    }
}

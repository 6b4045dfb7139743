package io.pitstop.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Values the contract accepts: the starting point each hostile case breaks in exactly one place, so that the answer
 * shows how the server treats that one violation (a base it already refuses would hide it). Ids the test made
 * itself (a vehicle, an order, a member of staff) are used where a property or path parameter names one, so that
 * the requests get past "not found" into the business rules.
 */
final class Samples {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> TEXT_CANDIDATES = List.of("Fuzz test", "ABC12345", "13800138000", "沪A12345",
            "LSVAU2180N2123456", "fuzz-1234", "x");

    private final OpenApiDocument contract;
    private final Map<String, String> ids;
    private final LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(14);

    /** @param ids known ids by property or parameter name ("vehicleId", "/api/v1/repair-orders/{id}") */
    Samples(OpenApiDocument contract, Map<String, String> ids) {
        this.contract = contract;
        this.ids = ids;
    }

    /** A path or query parameter's value, as text. */
    String param(OpenApiDocument.Operation op, OpenApiDocument.Param p) {
        int at = op.path().indexOf('{' + p.name() + '}');
        String known = at < 0 ? null : ids.get(op.path().substring(0, at) + '{' + p.name() + '}');
        if (known == null) {
            known = ids.get(p.name());
        }
        if (known != null) {
            return known;
        }
        if (p.example() != null && !p.example().isNull() && !p.schema().has("format")) {
            return p.example().asText();
        }
        JsonNode v = value(p.schema(), p.name(), 0);
        return v.isTextual() ? v.asText() : v.toString();
    }

    /** A valid value of the schema; every property of an object, so that each can be broken in turn. */
    JsonNode value(JsonNode schema, String name, int depth) {
        if (name != null && ids.containsKey(name)) {
            return JSON.textNode(ids.get(name));
        }
        if (schema.has("const")) {
            return schema.get("const");
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0);
        }
        switch (OpenApiDocument.type(schema)) {
            case "object" -> {
                ObjectNode out = JSON.objectNode();
                if (depth < 5) {
                    schema.path("properties").fieldNames().forEachRemaining(
                            f -> out.set(f, value(contract.property(schema, f), f, depth + 1)));
                }
                return out;
            }
            case "array" -> {
                ArrayNode out = JSON.arrayNode();
                int n = Math.max(1, schema.path("minItems").asInt(1));
                for (int i = 0; i < n && depth < 5; i++) {
                    out.add(value(contract.schema(schema.path("items")), null, depth + 1));
                }
                return out;
            }
            case "integer", "number" -> {
                JsonNode example = example(schema);
                if (example != null && example.isNumber()) {
                    return example;
                }
                long v = Math.max(schema.path("minimum").asLong(1), 1);
                if (schema.has("maximum")) {
                    v = Math.min(v, schema.get("maximum").asLong());
                }
                return JSON.numberNode(v);
            }
            case "boolean" -> {
                return JSON.booleanNode(false);
            }
            default -> {
                return JSON.textNode(text(schema));
            }
        }
    }

    private String text(JsonNode schema) {
        String format = schema.path("format").asText("");
        switch (format) {
            case "uuid" -> {
                return UUID.randomUUID().toString();
            }
            case "date" -> {
                return day.toString();
            }
            case "date-time" -> {
                return day + "T10:00:00+08:00";
            }
            default -> {
            }
        }
        JsonNode example = example(schema);
        if (example != null && example.isTextual() && fits(schema, example.asText())) {
            return example.asText();
        }
        for (String candidate : TEXT_CANDIDATES) {
            if (fits(schema, candidate)) {
                return candidate;
            }
        }
        int min = schema.path("minLength").asInt(0);
        return "x".repeat(Math.max(1, min));
    }

    private static boolean fits(JsonNode schema, String s) {
        int length = s.codePointCount(0, s.length());
        if (length < schema.path("minLength").asInt(0) || length > schema.path("maxLength").asInt(Integer.MAX_VALUE)) {
            return false;
        }
        return !schema.has("pattern") || Pattern.compile(schema.get("pattern").asText()).matcher(s).find();
    }

    private static JsonNode example(JsonNode schema) {
        if (schema.path("examples").isArray() && !schema.get("examples").isEmpty()) {
            return schema.get("examples").get(0);
        }
        return schema.get("example");
    }
}

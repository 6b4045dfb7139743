package io.pitstop.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One field of a valid JSON body broken at a time, by what its schema says it is: a missing required field, a value
 * of another JSON type, a string past its length or outside its pattern, enum or format, a number past its bounds or
 * past what any machine number holds (int and long overflow, 1e309, a thousand digits), a NUL character, a lone
 * surrogate. Each result violates the contract or what PostgreSQL can store, so the only right answer is a 4xx.
 */
final class BodyMutations {

    /** A JSON string with an unpaired UTF-16 surrogate: written as the escape {@code \ud800} after serialization. */
    static final String LONE_SURROGATE = "\uE000lone-surrogate\uE000";
    /** Emoji (two UTF-16 units each), a right-to-left override and Arabic, combining accents on a Latin letter. */
    static final String UNICODE = "🚗🔧\u202Eمرحبا\u202Ce\u0301\u0308\u0323😀";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Object REMOVE = new Object();

    record Mutation(String what, JsonNode body) {
    }

    private record Field(String path, List<Object> steps, JsonNode schema, boolean required) {
    }

    private final OpenApiDocument contract;

    BodyMutations(OpenApiDocument contract) {
        this.contract = contract;
    }

    List<Mutation> of(JsonNode schema, JsonNode base) {
        List<Field> fields = new ArrayList<>();
        collect(schema, new ArrayList<>(), "", fields, 0);
        List<Mutation> out = new ArrayList<>();
        for (Field f : fields) {
            for (Object[] v : hostile(f)) {
                out.add(new Mutation(f.path() + ": " + v[0], replace(base, f.steps(), v[1])));
            }
        }
        return out;
    }

    private void collect(JsonNode schema, List<Object> steps, String path, List<Field> out, int depth) {
        if (depth > 3) {
            return;
        }
        switch (OpenApiDocument.type(schema)) {
            case "object" -> {
                List<String> required = OpenApiDocument.required(schema);
                schema.path("properties").fieldNames().forEachRemaining(name -> {
                    JsonNode s = contract.property(schema, name);
                    List<Object> next = new ArrayList<>(steps);
                    next.add(name);
                    String p = path.isEmpty() ? name : path + "." + name;
                    out.add(new Field(p, next, s, required.contains(name)));
                    collect(s, next, p, out, depth + 1);
                });
            }
            case "array" -> {
                List<Object> next = new ArrayList<>(steps);
                next.add(0);
                JsonNode items = contract.schema(schema.path("items"));
                out.add(new Field(path + "[0]", next, items, true));
                collect(items, next, path + "[0]", out, depth + 1);
            }
            default -> {
            }
        }
    }

    private static List<Object[]> hostile(Field f) {
        JsonNode s = f.schema();
        List<Object[]> v = new ArrayList<>();
        if (f.required() && !f.path().endsWith("]")) {
            v.add(new Object[]{"missing", REMOVE});
        }
        if (f.required() && !s.path("nullable").asBoolean()) {
            v.add(new Object[]{"null", JSON.nullNode()});
        }
        switch (OpenApiDocument.type(s)) {
            case "string" -> strings(s, v);
            case "integer" -> numbers(s, v, true);
            case "number" -> numbers(s, v, false);
            case "boolean" -> {
                v.add(new Object[]{"string for boolean", JSON.textNode("true")});
                v.add(new Object[]{"number for boolean", JSON.numberNode(1)});
            }
            case "array" -> {
                v.add(new Object[]{"object for array", JSON.objectNode()});
                v.add(new Object[]{"string for array", JSON.textNode("x")});
                if (s.path("minItems").asInt(0) > 0) {
                    v.add(new Object[]{"empty array", JSON.arrayNode()});
                }
            }
            case "object" -> {
                v.add(new Object[]{"array for object", JSON.arrayNode().add(1)});
                v.add(new Object[]{"string for object", JSON.textNode(UNICODE)});
            }
            default -> {
            }
        }
        return v;
    }

    private static void strings(JsonNode s, List<Object[]> v) {
        v.add(new Object[]{"number for string", JSON.numberNode(12345)});
        v.add(new Object[]{"boolean for string", JSON.booleanNode(true)});
        v.add(new Object[]{"object for string", JSON.objectNode().put("a", 1)});
        v.add(new Object[]{"NUL in string", JSON.textNode("ab\u0000cd")});
        v.add(new Object[]{"lone surrogate", JSON.textNode("ab" + LONE_SURROGATE)});
        if (s.has("maxLength")) {
            int max = s.get("maxLength").asInt();
            String longer = UNICODE.repeat(max / UNICODE.codePointCount(0, UNICODE.length()) + 1);
            v.add(new Object[]{"unicode past maxLength " + max, JSON.textNode(longer)});
        }
        if (s.path("minLength").asInt(0) > 0 || s.has("pattern") && !Pattern.compile(s.get("pattern").asText()).matcher("").find()) {
            v.add(new Object[]{"empty string", JSON.textNode("")});
        }
        if (s.has("pattern")) {
            Pattern p = Pattern.compile(s.get("pattern").asText());
            for (String candidate : List.of(UNICODE, "\u202E" + "13800138000", " ", "' OR 1=1 --")) {
                if (!p.matcher(candidate).find()) {
                    v.add(new Object[]{"outside pattern: " + candidate, JSON.textNode(candidate)});
                    break;
                }
            }
        }
        if (s.has("enum")) {
            v.add(new Object[]{"not in enum", JSON.textNode("NOT_AN_OPTION")});
            v.add(new Object[]{"unicode for enum", JSON.textNode(UNICODE)});
        }
        switch (s.path("format").asText("")) {
            case "uuid" -> {
                v.add(new Object[]{"not a uuid", JSON.textNode("not-a-uuid")});
                v.add(new Object[]{"uuid with a bad digit", JSON.textNode("00000000-0000-0000-0000-00000000000g")});
            }
            case "date" -> {
                v.add(new Object[]{"30 February", JSON.textNode("2026-02-30")});
                v.add(new Object[]{"year 999999999", JSON.textNode("+999999999-12-31")});
                v.add(new Object[]{"full-width digits", JSON.textNode("２０２６-１２-０１")});
            }
            case "date-time" -> {
                v.add(new Object[]{"hour 25", JSON.textNode("2026-11-25T25:00:00+08:00")});
                v.add(new Object[]{"year 999999999", JSON.textNode("+999999999-12-31T10:00:00+08:00")});
                v.add(new Object[]{"offset 99:00", JSON.textNode("2026-11-25T10:00:00+99:00")});
            }
            default -> {
            }
        }
    }

    private static void numbers(JsonNode s, List<Object[]> v, boolean integer) {
        v.add(new Object[]{"string for number", JSON.textNode("abc")});
        v.add(new Object[]{"numeric string", JSON.textNode("12")});
        v.add(new Object[]{"boolean for number", JSON.booleanNode(true)});
        v.add(new Object[]{"1e309", raw("1e309")});
        v.add(new Object[]{"-1e309", raw("-1e309")});
        v.add(new Object[]{"a thousand digits", raw("9".repeat(1200))});
        v.add(new Object[]{"NaN", raw("NaN")});
        if (integer) {
            v.add(new Object[]{"fraction for integer", raw("1.5")});
            v.add(new Object[]{"past int", raw("2147483648")});
            v.add(new Object[]{"past long", raw("9223372036854775808")});
            v.add(new Object[]{"below long", raw("-9223372036854775809")});
        } else {
            v.add(new Object[]{"1e20", raw("1e20")});
            v.add(new Object[]{"-1e20", raw("-1e20")});
        }
        if (s.has("minimum")) {
            v.add(new Object[]{"below minimum", raw(s.get("minimum").decimalValue().subtract(java.math.BigDecimal.ONE).toPlainString())});
            v.add(new Object[]{"far below minimum", raw("-2147483648")});
        }
        if (s.has("maximum")) {
            v.add(new Object[]{"above maximum", raw(s.get("maximum").decimalValue().add(java.math.BigDecimal.ONE).toPlainString())});
        }
    }

    private static JsonNode raw(String json) {
        return JSON.rawValueNode(new RawValue(json));
    }

    /** A copy of the body with the value at the path replaced (or removed). */
    static JsonNode replace(JsonNode base, List<Object> steps, Object value) {
        JsonNode copy = base.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object step = steps.get(i);
            parent = step instanceof Integer n ? parent.path(n) : parent.path((String) step);
        }
        Object last = steps.get(steps.size() - 1);
        if (parent instanceof ObjectNode o && last instanceof String name) {
            if (value == REMOVE) {
                o.remove(name);
            } else {
                o.set(name, (JsonNode) value);
            }
        } else if (parent instanceof ArrayNode a && last instanceof Integer n && n < a.size()) {
            a.set(n, (JsonNode) value);
        }
        return copy;
    }
}

package io.pitstop;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validates a document against the OpenAPI v3 schema of a custom resource definition, as the API server does with a
 * {@code kubectl apply} (field validation "Strict"): types, required fields, enums, patterns, bounds, and no field
 * the schema does not declare. Covers the keywords CRD schemas use (structural schemas: {@code type},
 * {@code properties}, {@code additionalProperties}, {@code items}, {@code required}, {@code enum}, {@code pattern},
 * {@code minimum}/{@code maximum}, {@code minLength}/{@code maxLength}, {@code anyOf},
 * {@code x-kubernetes-int-or-string}, {@code x-kubernetes-preserve-unknown-fields}, {@code nullable}); the CEL rules
 * of {@code x-kubernetes-validations} are not evaluated.
 */
final class StructuralSchema {

    private final JsonNode root;

    StructuralSchema(JsonNode root) {
        this.root = root;
    }

    /** Every violation, as "path: what is wrong"; empty when the document is valid. */
    List<String> violations(JsonNode document) {
        List<String> out = new ArrayList<>();
        check(root, document, "", out);
        return out;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> out) {
        String at = path.isEmpty() ? "/" : path;
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                out.add(at + ": null is not allowed");
            }
            return;
        }
        if (schema.has("anyOf")) {
            boolean any = false;
            for (JsonNode option : schema.get("anyOf")) {
                List<String> sub = new ArrayList<>();
                check(option, value, path, sub);
                any |= sub.isEmpty();
            }
            if (!any) {
                out.add(at + ": matches none of " + schema.get("anyOf"));
                return;
            }
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            if (!value.isIntegralNumber() && !value.isTextual()) {
                out.add(at + ": expected an integer or a string, got " + value);
            }
            return;
        }
        String type = schema.path("type").asText("");
        if (!type.isEmpty() && !hasType(value, type)) {
            out.add(at + ": expected " + type + ", got " + value.getNodeType().name().toLowerCase());
            return;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            out.add(at + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (value.isTextual()) {
            checkString(schema, value.asText(), at, out);
        }
        if (value.isNumber()) {
            if (schema.has("minimum") && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
                out.add(at + ": " + value + " is below the minimum " + schema.get("minimum"));
            }
            if (schema.has("maximum") && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
                out.add(at + ": " + value + " is above the maximum " + schema.get("maximum"));
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "/" + i, out);
            }
        }
        if (value.isObject()) {
            checkObject(schema, value, path, out);
        }
    }

    private void checkObject(JsonNode schema, JsonNode value, String path, List<String> out) {
        for (JsonNode name : schema.path("required")) {
            if (!value.has(name.asText())) {
                out.add((path.isEmpty() ? "/" : path) + ": " + name.asText() + " is required");
            }
        }
        boolean preserve = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String child = path + "/" + field.getKey();
            if (properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), child, out);
            } else if (additional != null && additional.isObject()) {
                check(additional, field.getValue(), child, out);
            } else if (!preserve && !(additional != null && additional.asBoolean(false))
                    && (properties.size() > 0 || additional != null)) {
                out.add(child + ": unknown field");
            }
        }
    }

    private static void checkString(JsonNode schema, String text, String at, List<String> out) {
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
            out.add(at + ": \"" + text + "\" does not match " + schema.get("pattern").asText());
        }
        if (schema.has("minLength") && text.length() < schema.get("minLength").asInt()) {
            out.add(at + ": shorter than " + schema.get("minLength"));
        }
        if (schema.has("maxLength") && text.length() > schema.get("maxLength").asInt()) {
            out.add(at + ": longer than " + schema.get("maxLength"));
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
    }

    private static boolean contains(JsonNode options, JsonNode value) {
        for (JsonNode option : options) {
            if (option.equals(value)) {
                return true;
            }
        }
        return false;
    }
}

package io.pitstop.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The committed contract read as data: its operations, their parameters and bodies, with {@code $ref}, {@code allOf}
 * and the OpenAPI 3.1 ways of saying "may be null" resolved, so the fuzzer reads what a client generator reads.
 */
final class OpenApiDocument {

    static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    record Param(String name, String in, boolean required, JsonNode schema, JsonNode example) {
    }

    record Operation(String method, String path, String id, boolean secured, List<Param> params, String mediaType,
                     JsonNode body) {
        boolean hasBody() {
            return mediaType != null;
        }

        boolean safe() {
            return method.equals("get");
        }

        List<Param> params(String in) {
            return params.stream().filter(p -> p.in().equals(in)).toList();
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    /** Times and dates stay the text they are in the contract (YAML 1.1 would read 13:45:30 as a number). */
    private static final class TextTimes extends org.yaml.snakeyaml.resolver.Resolver {
        @Override
        public org.yaml.snakeyaml.nodes.Tag resolve(org.yaml.snakeyaml.nodes.NodeId kind, String value, boolean implicit) {
            org.yaml.snakeyaml.nodes.Tag tag = super.resolve(kind, value, implicit);
            if (implicit && kind == org.yaml.snakeyaml.nodes.NodeId.scalar && value.contains(":")
                    && !tag.equals(org.yaml.snakeyaml.nodes.Tag.STR) || org.yaml.snakeyaml.nodes.Tag.TIMESTAMP.equals(tag)) {
                return org.yaml.snakeyaml.nodes.Tag.STR;
            }
            return tag;
        }
    }

    private final JsonNode root;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    static OpenApiDocument read(Path file) {
        try {
            Object tree = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(new org.yaml.snakeyaml.LoaderOptions()),
                    new org.yaml.snakeyaml.representer.Representer(new org.yaml.snakeyaml.DumperOptions()),
                    new org.yaml.snakeyaml.DumperOptions(), new TextTimes()).load(Files.readString(file));
            return new OpenApiDocument(new ObjectMapper().valueToTree(tree));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read the contract " + file, e);
        }
    }

    List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(p -> {
            for (String method : METHODS) {
                JsonNode op = p.getValue().get(method);
                if (op != null) {
                    out.add(operation(method, p.getKey(), op, p.getValue().path("parameters")));
                }
            }
        });
        return out;
    }

    private Operation operation(String method, String path, JsonNode op, JsonNode shared) {
        List<Param> params = new ArrayList<>();
        for (JsonNode list : List.of(shared, op.path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode param = resolve(p);
                params.add(new Param(param.path("name").asText(), param.path("in").asText(),
                        param.path("required").asBoolean(false), schema(param.path("schema")), param.get("example")));
            }
        }
        String mediaType = null;
        JsonNode body = null;
        Iterator<Map.Entry<String, JsonNode>> content = resolve(op.path("requestBody")).path("content").fields();
        if (content.hasNext()) {
            Map.Entry<String, JsonNode> first = content.next();
            mediaType = first.getKey();
            body = schema(first.getValue().path("schema"));
        }
        boolean secured = op.path("security").size() > 0 || root.path("security").size() > 0;
        return new Operation(method, path, op.path("operationId").asText(), secured, params, mediaType, body);
    }

    /**
     * A schema with its reference followed (the referring node's own keys, e.g. a description, kept), {@code allOf}
     * merged, and nullability made one flag, {@code nullable}: OpenAPI 3.0's {@code nullable: true}, 3.1's
     * {@code type: [x, "null"]}, and {@code anyOf}/{@code oneOf} with a {@code type: "null"} branch.
     */
    JsonNode schema(JsonNode node) {
        if (node == null || node.isMissingNode() || !node.isObject()) {
            return node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
        }
        ObjectNode out = ((ObjectNode) resolve(node)).deepCopy();
        boolean nullable = out.path("nullable").asBoolean(false);
        for (String key : List.of("anyOf", "oneOf")) {
            if (out.has(key)) {
                JsonNode chosen = null;
                for (JsonNode branch : out.get(key)) {
                    if ("null".equals(branch.path("type").asText())) {
                        nullable = true;
                    } else if (chosen == null) {
                        chosen = schema(branch);
                    }
                }
                out.remove(key);
                if (chosen != null) {
                    ObjectNode merged = ((ObjectNode) chosen).deepCopy();
                    merged.setAll(out);
                    out = merged;
                }
            }
        }
        if (out.has("allOf")) {
            ObjectNode merged = out.objectNode();
            Set<String> required = new LinkedHashSet<>();
            for (JsonNode part : out.remove("allOf")) {
                JsonNode s = schema(part);
                ObjectNode props = merged.has("properties") ? (ObjectNode) merged.get("properties") : merged.putObject("properties");
                if (s.has("properties")) {
                    props.setAll((ObjectNode) s.get("properties"));
                }
                s.path("required").forEach(r -> required.add(r.asText()));
                s.fields().forEachRemaining(f -> {
                    if (!f.getKey().equals("properties") && !f.getKey().equals("required")) {
                        merged.set(f.getKey(), f.getValue());
                    }
                });
            }
            ArrayNode req = merged.putArray("required");
            required.forEach(req::add);
            merged.setAll(out);
            out = merged;
        }
        JsonNode type = out.get("type");
        if (type != null && type.isArray()) {
            String single = null;
            for (JsonNode t : type) {
                if (t.asText().equals("null")) {
                    nullable = true;
                } else {
                    single = t.asText();
                }
            }
            out.put("type", single);
        }
        out.put("nullable", nullable);
        return out;
    }

    /** The schema of a property of an object schema (resolved), or a missing node. */
    JsonNode property(JsonNode objectSchema, String name) {
        return schema(objectSchema.path("properties").path(name));
    }

    static String type(JsonNode schema) {
        if (schema.hasNonNull("type")) {
            return schema.get("type").asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return schema.has("enum") ? "string" : "any";
    }

    static List<String> required(JsonNode schema) {
        List<String> out = new ArrayList<>();
        schema.path("required").forEach(r -> out.add(r.asText()));
        return out;
    }

    /** Follows {@code $ref} chains; the referring node's other keys win over the target's. */
    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        ObjectNode overrides = null;
        int hops = 0;
        while (current.has("$ref") && hops++ < 20) {
            ObjectNode rest = ((ObjectNode) current).deepCopy();
            rest.remove("$ref");
            overrides = overrides == null ? rest : rest.setAll(overrides);
            current = root.at(current.get("$ref").asText().substring(1));
        }
        if (overrides == null) {
            return current;
        }
        ObjectNode merged = ((ObjectNode) current).deepCopy();
        merged.setAll(overrides);
        return merged;
    }
}

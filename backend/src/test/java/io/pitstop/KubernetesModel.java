package io.pitstop;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Kubernetes manifests into fabric8's typed model of the Kubernetes API, as strictly as the API server reads
 * them with {@code kubectl apply} (field validation "Strict"): a field the API does not know, or a value of the wrong
 * type ({@code replicas: "2"}, {@code data: {X: true}}), is an error. fabric8's classes keep unknown fields in an
 * {@code additionalProperties} map instead of failing, so every object read is walked and that map must be empty.
 */
final class KubernetesModel {

    /** The kinds Pitstop's manifests use, each with its class (whose API group and version the document must name). */
    static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "Namespace", Namespace.class,
            "ConfigMap", ConfigMap.class,
            "PersistentVolumeClaim", PersistentVolumeClaim.class,
            "Deployment", Deployment.class,
            "Service", Service.class,
            "PodDisruptionBudget", PodDisruptionBudget.class,
            "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "Ingress", Ingress.class);

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final ObjectMapper STRICT = strictMapper();

    private KubernetesModel() {
    }

    /** Every document of a YAML file (files may hold several, separated by "---"). */
    static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (var values = YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
            while (values.hasNext()) {
                JsonNode doc = values.next();
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    /** The document as the typed object of its kind; fails on an unknown kind, a wrong apiVersion or type, an unknown field. */
    static HasMetadata typed(JsonNode document) {
        String kind = document.path("kind").asText();
        Class<? extends HasMetadata> type = KINDS.get(kind);
        if (type == null) {
            throw new IllegalArgumentException("kind " + kind + " is not one the manifests are checked for");
        }
        String apiVersion = HasMetadata.getApiVersion(type);
        if (!apiVersion.equals(document.path("apiVersion").asText())) {
            throw new IllegalArgumentException(kind + ": apiVersion " + document.path("apiVersion").asText() + ", expected " + apiVersion);
        }
        HasMetadata resource;
        try {
            resource = STRICT.treeToValue(document, type);
        } catch (IOException e) {
            throw new IllegalArgumentException(kind + ": " + e.getMessage(), e);
        }
        List<String> unknown = unknownFields(resource);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(kind + " " + resource.getMetadata().getName() + ": unknown fields " + unknown);
        }
        return resource;
    }

    /** Paths of the fields that landed in an {@code additionalProperties} map anywhere in the object. */
    static List<String> unknownFields(Object model) {
        List<String> out = new ArrayList<>();
        walk(model, "", out, new IdentityHashMap<>());
        return out;
    }

    private static void walk(Object value, String path, List<String> out, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "/" + i++, out, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "/" + k, out, seen));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object child;
                try {
                    child = field.get(value);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if (field.getName().equals("additionalProperties") && child instanceof Map<?, ?> extra) {
                    extra.keySet().forEach(k -> out.add(path + "/" + k));
                } else {
                    walk(child, path + "/" + field.getName(), out, seen);
                }
            }
        }
    }

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .build();
        // Kubernetes refuses a number or a boolean where a string is due (ConfigMap data, env values, annotations).
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        return mapper;
    }
}

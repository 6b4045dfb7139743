package io.pitstop.hostile;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations of the committed contract (openapi/openapi.yaml), which the hostile tests walk: what partners and the
 * SPA are promised is what is attacked, so an endpoint added to the API is attacked too (or the test says it is not).
 */
public final class Contract {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    /** One operation: its method, path template, id, the media type of its body (null without one), and whether it asks for a token. */
    public record Operation(String method, String path, String id, String bodyType, boolean needsToken) {
        @Override
        public String toString() {
            return method + " " + path + " (" + id + ")";
        }
    }

    private Contract() {
    }

    @SuppressWarnings("unchecked")
    public static List<Operation> operations() {
        Map<String, Object> root = read();
        List<Operation> ops = new ArrayList<>();
        for (Map.Entry<String, Object> path : ((Map<String, Object>) root.get("paths")).entrySet()) {
            for (Map.Entry<String, Object> m : ((Map<String, Object>) path.getValue()).entrySet()) {
                if (!METHODS.contains(m.getKey())) {
                    continue;
                }
                Map<String, Object> op = (Map<String, Object>) m.getValue();
                Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
                Map<String, Object> content = body == null ? Map.of() : (Map<String, Object>) body.get("content");
                String bodyType = content.isEmpty() ? null : content.keySet().iterator().next();
                boolean needsToken = op.get("security") instanceof List<?> security && !security.isEmpty();
                ops.add(new Operation(m.getKey().toUpperCase(), path.getKey(), (String) op.get("operationId"), bodyType, needsToken));
            }
        }
        return ops;
    }

    private static Map<String, Object> read() {
        Path file = Path.of(System.getProperty("pitstop.repo-root", ".."), "openapi", "openapi.yaml");
        try (Reader in = Files.newBufferedReader(file)) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the contract " + file.toAbsolutePath(), e);
        }
    }
}

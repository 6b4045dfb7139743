package io.pitstop;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README tells the truth about what can be checked by reading: the Node it asks for is the one the SPA's
 * package declares, every setting of its configuration table has one row, and every {@code PITSTOP_*} setting it
 * documents is read somewhere (a removed setting leaves the table with it).
 */
class ReadmeTruthTest {

    private static final Path ROOT = Path.of(System.getProperty("pitstop.repo-root", "..")).toAbsolutePath().normalize();

    @Test
    void theNodeTheReadmeAsksForIsTheOneThePackageDeclares() throws IOException {
        String engines = new ObjectMapper().readTree(ROOT.resolve("frontend/package.json").toFile()).at("/engines/node").asText();
        Matcher declared = Pattern.compile(">=\\s*(\\d+\\.\\d+)").matcher(engines);
        assertThat(declared.find()).as("frontend/package.json engines.node: %s", engines).isTrue();
        assertThat(readme().contains("Node " + declared.group(1) + "+"))
                .as("the README asks for \"Node %s+\", as package.json's engines.node (%s) does", declared.group(1), engines).isTrue();
    }

    @Test
    void everySettingHasOneRow() throws IOException {
        List<String> names = new ArrayList<>();
        for (String row : configurationRows()) {
            Matcher m = Pattern.compile("`([A-Z][A-Z0-9_.]+)`").matcher(row.split("\\|")[1]);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        assertThat(names).hasSizeGreaterThan(40);
        Set<String> seen = new HashSet<>();
        assertThat(names.stream().filter(n -> !seen.add(n)).toList()).as("settings documented twice").isEmpty();
    }

    @Test
    void everyPitstopSettingTheReadmeDocumentsIsRead() throws IOException {
        Set<String> read = settingsRead();
        List<String> unread = new ArrayList<>();
        for (String row : configurationRows()) {
            Matcher m = Pattern.compile("`(PITSTOP_[A-Z0-9_]+)`").matcher(row.split("\\|")[1]);
            while (m.find()) {
                String name = m.group(1);
                if (name.endsWith("_") || name.equals("PITSTOP_PORT") || name.equals("PITSTOP_MANAGEMENT_PORT")
                        || name.equals("PITSTOP_CHROMIUM")) {
                    continue; // abbreviated ("..._PER_VEHICLE"), compose-only, or read by the tests' Chromium lookup
                }
                if (!read.contains(normal(name.substring("PITSTOP_".length())))) {
                    unread.add(name);
                }
            }
        }
        assertThat(unread).as("documented settings nothing reads").isEmpty();
    }

    /** Property names as the code reads them (application.properties, @ConfigProperty, @ConfigMapping prefix + method), normalised. */
    private static Set<String> settingsRead() throws IOException {
        Set<String> read = new HashSet<>();
        for (String line : Files.readAllLines(ROOT.resolve("backend/src/main/resources/application.properties"))) {
            Matcher m = Pattern.compile("^(?:%\\w+\\.)?pitstop\\.([\\w.-]+)=").matcher(line.strip());
            if (m.find()) {
                read.add(normal(m.group(1)));
            }
        }
        try (Stream<Path> files = Files.walk(ROOT.resolve("backend/src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                // @ConfigProperty(name = "pitstop.x"), "${pitstop.x:default}" in @Scheduled, or a config lookup by its name
                Matcher property = Pattern.compile("(?:name\\s*=\\s*\"|\\$\\{|\\(context, \")pitstop\\.([\\w.-]+?)[\":}]").matcher(code);
                while (property.find()) {
                    read.add(normal(property.group(1)));
                }
                Matcher mapping = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"pitstop\\.([\\w.-]+)\"\\)").matcher(code);
                if (mapping.find()) {
                    String prefix = mapping.group(1);
                    Matcher method = Pattern.compile("^\\s+[\\w<>.,\\s]+\\s(\\w+)\\(\\);", Pattern.MULTILINE).matcher(code);
                    while (method.find()) {
                        read.add(normal(prefix + method.group(1)));
                    }
                }
            }
        }
        return read;
    }

    private static String normal(String name) {
        return name.replaceAll("[._-]", "").toLowerCase(Locale.ROOT);
    }

    private static List<String> configurationRows() throws IOException {
        String readme = readme();
        int start = readme.indexOf("## Configuration");
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end).lines().filter(l -> l.startsWith("| `")).toList();
    }

    private static String readme() throws IOException {
        return Files.readString(ROOT.resolve("README.md"));
    }
}

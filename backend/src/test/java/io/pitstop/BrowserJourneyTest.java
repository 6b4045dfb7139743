package io.pitstop;

import io.quarkus.test.common.http.TestHTTPResource;
import io.pitstop.support.DemoProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs the SPA's browser journeys (frontend/e2e, Node's test runner driving headless Chromium through
 * playwright-core) against this test instance: the real API, the real SPA bundle, the real PostgreSQL.
 * <p>
 * Chromium comes from the system (Debian's {@code chromium} package); nothing is downloaded. Without it the
 * journeys are skipped with a warning on a developer's machine, and fail under CI (CI=true) or with
 * {@code -Dpitstop.e2e.required=true}.
 */
@QuarkusTest
@TestProfile(DemoProfile.class)
class BrowserJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "pitstop.notify.log-file")
    String smsLog;

    @Test
    void browserJourneysPassAgainstTheRealBackend() throws IOException, InterruptedException {
        Path frontend = Path.of(System.getProperty("pitstop.repo-root", ".."), "frontend").toAbsolutePath().normalize();
        boolean required = "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("pitstop.e2e.required");

        Optional<Path> chromium = chromium();
        if (chromium.isEmpty()) {
            String why = "No Chromium found (set PITSTOP_CHROMIUM or install Debian's chromium: apt-get install -y chromium)";
            if (required) {
                fail(why);
            }
            System.err.println("WARNING: browser journeys SKIPPED. " + why);
            Assumptions.abort(why);
        }
        if (!Files.isDirectory(frontend.resolve("node_modules/playwright-core"))) {
            String why = "frontend/node_modules is missing: build from the repository root (./mvnw verify) so npm ci runs first";
            if (required) {
                fail(why);
            }
            Assumptions.abort(why);
        }

        // -Dpitstop.e2e.files="e2e/booking.e2e.mjs e2e/repair.e2e.mjs" runs only those journeys (a quick loop).
        String only = System.getProperty("pitstop.e2e.files", "").trim();
        List<String> command = only.isEmpty()
                ? List.of("npm", "run", "e2e")
                : Stream.concat(Stream.of("node", "--test", "--test-reporter=spec"), Stream.of(only.split("\\s+"))).toList();
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(frontend.toFile())
                .redirectErrorStream(true);
        pb.environment().put("PITSTOP_BASE_URL", base.toString().replaceAll("/$", ""));
        pb.environment().put("PITSTOP_CHROMIUM", chromium.get().toString());
        // Where the log sender appends what it "sent": the journeys read registration codes there, as a person reads SMS.
        pb.environment().put("PITSTOP_SMS_LOG", Path.of(smsLog).toAbsolutePath().normalize().toString());
        Process process = pb.start();
        String output;
        try (var in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        System.out.println(output);
        assertThat(finished).as("browser journeys timed out").isTrue();
        assertThat(process.exitValue()).as("browser journeys failed:%n%s", output).isZero();
        assertThat(output).containsPattern("(?m)^\\S* ?pass [1-9]\\d*$").containsPattern("(?m)^\\S* ?fail 0$");
    }

    private static Optional<Path> chromium() {
        String configured = System.getenv("PITSTOP_CHROMIUM");
        return Stream.of(configured, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .filter(p -> p != null && !p.isBlank())
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
    }
}

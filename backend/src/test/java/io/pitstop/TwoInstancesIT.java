package io.pitstop;

import io.pitstop.support.SseClient;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Pitstop processes, built as they ship (the packaged jar), against one PostgreSQL: an update posted through
 * instance A reaches a stream held open on instance B, through LISTEN/NOTIFY and nothing else.
 */
class TwoInstancesIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static EmbeddedPostgres postgres;
    private static final List<Process> processes = new ArrayList<>();
    private static String a;
    private static String b;

    @BeforeAll
    static void start() throws Exception {
        Path work = Files.createTempDirectory("pitstop-two-instances");
        postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).setCleanDataDirectory(true).start();
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Path key = work.resolve("jwt-private.pem");
        Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        String db = "postgresql://localhost:" + postgres.getPort() + "/postgres?user=postgres";
        a = launch("a", db, key, work);
        awaitReady(a);
        // B starts once A has migrated and seeded: the second instance finds the schema in place.
        b = launch("b", db, key, work);
        awaitReady(b);
    }

    @AfterAll
    static void stop() throws IOException {
        processes.forEach(Process::destroy);
        for (Process p : processes) {
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void anUpdatePostedOnInstanceAReachesAStreamOnInstanceB() {
        String phone = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        JsonPath customer = on(a).contentType(ContentType.JSON).body(Map.of("phone", phone, "name", "双实例", "password", "Passw0rd-it"))
                .post("/api/v1/auth/register").then().statusCode(201).extract().jsonPath();
        String customerToken = customer.getString("accessToken");
        String vehicle = on(a).auth().oauth2(customerToken).contentType(ContentType.JSON)
                .body(Map.of("plate", "沪B" + (10000 + ThreadLocalRandom.current().nextInt(89999)), "vin", "LSVNV2182E2" + (100000 + ThreadLocalRandom.current().nextInt(899999)),
                        "make", "大众", "model", "帕萨特", "year", 2020, "mileageKm", 61000))
                .post("/api/v1/me/vehicles").then().statusCode(201).extract().path("id");
        String advisor = on(a).contentType(ContentType.JSON).body(Map.of("phone", "13800000002", "password", "demo1234"))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        String order = on(a).auth().oauth2(advisor).contentType(ContentType.JSON)
                .body(Map.of("vehicleId", vehicle, "mileageKm", 61000, "fuelLevel", "FULL", "symptoms", "刹车异响", "faultReproduced", "YES"))
                .post("/api/v1/repair-orders").then().statusCode(201).extract().path("id");

        try (SseClient onB = SseClient.connect(b + "/api/v1/repair-orders/" + order + "/events", customerToken, null)) {
            assertThat(onB.status()).isEqualTo(200);
            assertThat(onB.next(Duration.ofSeconds(10)).type()).isEqualTo("CHECKED_IN");

            long posted = System.nanoTime();
            on(a).auth().oauth2(advisor).contentType(ContentType.JSON).body(Map.of("message", "posted on instance A"))
                    .post("/api/v1/repair-orders/" + order + "/updates").then().statusCode(201);
            SseClient.Event e = onB.next(Duration.ofSeconds(10));
            System.out.printf("[live] update POST on A -> stream on B: %.1f ms%n", (e.receivedNanos() - posted) / 1e6);
            assertThat(e.type()).isEqualTo("UPDATE");
            assertThat(e.id()).isEqualTo("2");
            assertThat(new JsonPath(e.data()).getString("message")).isEqualTo("posted on instance A");
        }
    }

    private static RequestSpecification on(String base) {
        return RestAssured.given().baseUri(base);
    }

    private static String launch(String name, String db, Path key, Path work) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path jar = Path.of(System.getProperty("pitstop.app-jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", jar.toString());
        Map<String, String> env = pb.environment();
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", db);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("PITSTOP_JWT_PRIVATE_KEY_FILE", key.toString());
        env.put("PITSTOP_DATA_DIR", work.resolve(name).toString());
        env.put("PITSTOP_DEMO_SEED", "true");
        // Scheduled jobs stay on: they must be safe on two instances at once.
        pb.redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile());
        processes.add(pb.start());
        System.out.printf("[two-instances] %s on port %d, log %s%n", name, port, work.resolve(name + ".log"));
        return "http://localhost:" + port;
    }

    private static void awaitReady(String base) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250); // polling a process we do not control; nothing here is timed
        }
        throw new AssertionError(base + " did not become ready within " + WAIT.toSeconds() + " s");
    }
}

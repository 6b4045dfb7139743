package io.pitstop;

import io.pitstop.support.PackagedApp;
import io.pitstop.support.SseClient;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Pitstop processes, built as they ship (the packaged jar), against one PostgreSQL: an update posted through
 * instance A reaches a stream held open on instance B, through LISTEN/NOTIFY and nothing else.
 */
class TwoInstancesIT {

    private static EmbeddedPostgres postgres;
    private static PackagedApp a;
    private static PackagedApp b;

    @BeforeAll
    static void start() throws Exception {
        Path work = Files.createTempDirectory("pitstop-two-instances");
        postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).setCleanDataDirectory(true).start();
        Path key = PackagedApp.signingKey(work);
        String db = "postgresql://localhost:" + postgres.getPort() + "/postgres?user=postgres";
        a = PackagedApp.launch("a", db, key, work, Map.of()).awaitReady();
        // B starts once A has migrated and seeded: the second instance finds the schema in place.
        b = PackagedApp.launch("b", db, key, work, Map.of()).awaitReady();
    }

    @AfterAll
    static void stop() throws IOException {
        for (PackagedApp app : new PackagedApp[]{a, b}) {
            if (app != null) {
                app.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void anUpdatePostedOnInstanceAReachesAStreamOnInstanceB() throws Exception {
        String phone = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        JsonPath customer = a.register(phone, "双实例", "Passw0rd-it");
        String customerToken = customer.getString("accessToken");
        String vehicle = a.api().auth().oauth2(customerToken).contentType(ContentType.JSON)
                .body(Map.of("plate", "沪B" + (10000 + ThreadLocalRandom.current().nextInt(89999)), "vin", "LSVNV2182E2" + (100000 + ThreadLocalRandom.current().nextInt(899999)),
                        "make", "大众", "model", "帕萨特", "year", 2020, "mileageKm", 61000))
                .post("/api/v1/me/vehicles").then().statusCode(201).extract().path("id");
        String advisor = a.api().contentType(ContentType.JSON).body(Map.of("phone", "13800000002", "password", "demo1234"))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        String order = a.api().auth().oauth2(advisor).contentType(ContentType.JSON)
                .body(Map.of("vehicleId", vehicle, "mileageKm", 61000, "fuelLevel", "FULL", "symptoms", "刹车异响", "faultReproduced", "YES"))
                .post("/api/v1/repair-orders").then().statusCode(201).extract().path("id");

        try (SseClient onB = SseClient.connect(b.base() + "/api/v1/repair-orders/" + order + "/events", customerToken, null)) {
            assertThat(onB.status()).isEqualTo(200);
            assertThat(onB.next(Duration.ofSeconds(10)).type()).isEqualTo("CHECKED_IN");

            long posted = System.nanoTime();
            a.api().auth().oauth2(advisor).contentType(ContentType.JSON).body(Map.of("message", "posted on instance A"))
                    .post("/api/v1/repair-orders/" + order + "/updates").then().statusCode(201);
            SseClient.Event e = onB.next(Duration.ofSeconds(10));
            System.out.printf("[live] update POST on A -> stream on B: %.1f ms%n", (e.receivedNanos() - posted) / 1e6);
            assertThat(e.type()).isEqualTo("UPDATE");
            assertThat(e.id()).isEqualTo("2");
            assertThat(new JsonPath(e.data()).getString("message")).isEqualTo("posted on instance A");
        }
    }

    /** A manager on instance A deactivates an advisor: the advisor's token stops working on instance B at once. */
    @Test
    void aDeactivationOnInstanceAEndsTheSessionOnInstanceB() throws Exception {
        String manager = a.api().contentType(ContentType.JSON).body(Map.of("phone", "13800000001", "password", "demo1234"))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        String phone = "138" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        String advisorId = a.api().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "name", "临时顾问", "role", "ADVISOR", "password", "Passw0rd-it"))
                .post("/api/v1/staff").then().statusCode(201).extract().path("id");
        String advisor = b.api().contentType(ContentType.JSON).body(Map.of("phone", phone, "password", "Passw0rd-it"))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        b.api().auth().oauth2(advisor).get("/api/v1/me").then().statusCode(200); // B now holds the advisor's state

        a.api().auth().oauth2(manager).post("/api/v1/staff/" + advisorId + "/deactivate").then().statusCode(200);
        int status = 0;
        for (int i = 0; i < 50 && status != 401; i++) {
            status = b.api().auth().oauth2(advisor).get("/api/v1/me").then().extract().statusCode();
            if (status != 401) {
                Thread.sleep(100); // the notice crosses to B asynchronously, within moments (B's cache alone: 30 s)
            }
        }
        assertThat(status).isEqualTo(401);
    }
}

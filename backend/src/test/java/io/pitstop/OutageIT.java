package io.pitstop;

import io.pitstop.support.PackagedApp;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application while its PostgreSQL is down: every request is a 503 problem with Retry-After (the
 * client may simply try again; nothing was half done), readiness says DOWN, and when the database is back the same
 * process serves again with everything that was accepted before.
 */
class OutageIT {

    private static Path work;
    private static int port;
    private static EmbeddedPostgres postgres;
    private static PackagedApp app;

    @BeforeAll
    static void start() throws Exception {
        work = Files.createTempDirectory("pitstop-outage");
        port = PackagedApp.freePort();
        postgres = database();
        app = PackagedApp.launch("app", "postgresql://localhost:" + port + "/postgres?user=postgres",
                PackagedApp.signingKey(work), work, Map.of()).awaitReady();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void whileTheDatabaseIsDownEveryAnswerIsA503WithRetryAfterAndServiceResumesAfter() throws Exception {
        String phone = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        String token = app.register(phone, "停机测试", "Passw0rd-it").getString("accessToken");
        String vehicle = app.api().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("plate", "沪C" + (10000 + ThreadLocalRandom.current().nextInt(89999)), "vin", "LSVNV2182E2" + (100000 + ThreadLocalRandom.current().nextInt(899999)),
                        "make", "大众", "model", "途观", "year", 2021, "mileageKm", 30000))
                .post("/api/v1/me/vehicles").then().statusCode(201).extract().path("id");

        postgres.close();
        postgres = null;

        unavailable(app.api().get("/api/v1/shop"));
        unavailable(app.api().auth().oauth2(token).get("/api/v1/me/vehicles"));
        unavailable(app.api().contentType(ContentType.JSON).body(Map.of("phone", phone, "password", "Passw0rd-it"))
                .post("/api/v1/auth/login"));
        unavailable(app.api().contentType(ContentType.JSON).body(Map.of("phone", "13912345678", "purpose", "REGISTER"))
                .post("/api/v1/auth/phone-codes"));
        assertThat(app.readiness()).isEqualTo(503);

        postgres = database();
        int status = 0;
        for (int i = 0; i < 100 && status != 200; i++) {
            status = app.api().get("/api/v1/shop").then().extract().statusCode();
            if (status != 200) {
                Thread.sleep(200); // the pool reconnects on its own; we only watch
            }
        }
        assertThat(status).as("the same process serves again once the database is back").isEqualTo(200);
        app.api().auth().oauth2(token).get("/api/v1/me/vehicles").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(vehicle));
        app.api().contentType(ContentType.JSON).body(Map.of("phone", phone, "password", "Passw0rd-it"))
                .post("/api/v1/auth/login").then().statusCode(200);
    }

    private static void unavailable(Response r) {
        r.then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        assertThat(r.getBody().asString()).doesNotContain("Exception").contains("\"status\":503");
    }

    /** On the same port and data directory each time: stopping it is the outage, starting it again the recovery. */
    private static EmbeddedPostgres database() throws Exception {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(work.resolve("pg"))
                .setCleanDataDirectory(false).start(); // never wiped on close: the restart finds the data
    }
}

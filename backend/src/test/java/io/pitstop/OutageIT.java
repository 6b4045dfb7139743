package io.pitstop;

import io.pitstop.support.Background;
import io.pitstop.support.BookingLoad;
import io.pitstop.support.DemoStaffOverHttp;
import io.pitstop.support.PackagedApp;
import io.pitstop.support.PackagedDb;
import io.pitstop.support.StreamFollower;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application while its PostgreSQL is down: every request is a 503 problem with Retry-After (the
 * client may simply try again; nothing was half done), readiness says DOWN, and when the database is back the same
 * process serves again with everything that was accepted before — also when the database goes away in the middle of
 * a load of bookings, updates and open streams. The app runs under the test profile {@code it}, so that the test can
 * move its clock past the outbox's lease.
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
                PackagedApp.signingKey(work), work, PackagedApp.IT_PROFILE).awaitReady();
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

    /**
     * PostgreSQL stopped and started again (same data directory and port) while bookings, updates and three streams
     * run: readiness goes DOWN, then UP by itself; no answer but a 503 problem with Retry-After is an error, and none
     * names internals; every booking answered 201 is stored; every stream has every event once, in order (resuming
     * with Last-Event-ID where it broke); and the outbox sends everything queued, also what it had claimed when the
     * database went away.
     */
    @Test
    void postgresRestartedUnderLoadLosesNothingAcceptedAndTheStreamsAndOutboxCatchUp() throws Exception {
        var staff = new DemoStaffOverHttp(app);
        Instant began = Instant.now();
        List<DemoStaffOverHttp.Car> cars = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            cars.add(staff.walkIn());
        }
        LocalDate first = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3);
        List<String> slots = staff.slots(first, first.plusDays(6));
        List<String> orders = new ArrayList<>();
        List<StreamFollower> followers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String order = staff.checkIn(staff.walkIn());
            orders.add(order);
            followers.add(new StreamFollower(order, staff.advisor, List.<Supplier<String>>of(app::base)));
        }
        for (StreamFollower f : followers) {
            assertThat(f.awaitId(1, Duration.ofSeconds(20))).as("the stream is open").isTrue();
        }

        BookingLoad load = new BookingLoad(staff.advisor, cars, slots);
        List<Integer> updates = new CopyOnWriteArrayList<>();
        List<Integer> readiness = new CopyOnWriteArrayList<>();
        try (Background background = new Background()) {
            for (int i = 0; i < 3; i++) {
                background.repeat("book-" + i, () -> load.bookOnce("app", app));
            }
            background.repeat("updates", () -> orders.forEach(o -> updates.add(staff.postUpdate(app, o, "进度更新"))));
            Background.await("bookings are accepted", () -> load.count(201) >= 5);

            postgres.close();
            postgres = null;
            Background.await("readiness DOWN", () -> readiness.add(app.readiness()) && readiness.get(readiness.size() - 1) == 503);
            Background.await("the outage answered", () -> load.count(503) >= 5);
            postgres = database();
            Background.await("readiness UP again by itself", () -> readiness.add(app.readiness()) && readiness.get(readiness.size() - 1) == 200);
            long before = load.count(201);
            Background.await("bookings accepted again", () -> load.count(201) >= before + 5);
            assertThat(background.failures()).isEmpty();
        }

        List<String> accepted = load.accepted();
        System.out.printf("[restart] bookings: %d accepted, %d conflicts, %d deferred (503); updates: %d accepted, %d deferred%n",
                accepted.size(), load.count(409), load.count(503), updates.stream().filter(u -> u == 201).count(),
                updates.stream().filter(u -> u == 503).count());
        assertThat(load.leaks()).as(() -> "answers that leak or fail; " + app.logOf(load.leaks())).isEmpty();
        assertThat(updates).as("update answers").allMatch(u -> u == 201 || u == 503);
        assertThat(db().count("select count(*) from appointment where id = any(?::uuid[])", "{" + String.join(",", accepted) + "}"))
                .as("accepted bookings in the database").isEqualTo(accepted.size());
        for (int i = 0; i < orders.size(); i++) {
            long last = db().count("select coalesce(max(seq), 0) from repair_event where order_id = ?::uuid", orders.get(i));
            StreamFollower f = followers.get(i);
            assertThat(f.awaitId(last, Duration.ofSeconds(20))).as("the stream of %s reaches event %d", orders.get(i), last).isTrue();
            f.close();
            assertThat(f.ids()).as("events of %s, resumed with Last-Event-ID %s", orders.get(i), f.resumedWith())
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, last).boxed().toList());
        }

        // Past the lease of whatever was claimed when the database went away, everything queued is sent.
        app.setClock(Instant.now().plus(Duration.ofMinutes(3)));
        try {
            for (int i = 0; i < 40 && db().count("select count(*) from outbox_message where status = 'PENDING' and created_at >= ?",
                    began.atOffset(ZoneOffset.UTC)) > 0; i++) {
                app.runJobs();
            }
        } finally {
            app.setClock(null);
        }
        List<Map<String, Object>> queued = db().query("select id, status from outbox_message where created_at >= ?", began.atOffset(ZoneOffset.UTC));
        Map<String, Long> sends = PackagedApp.sends(app);
        assertThat(queued).as("messages queued during the test").isNotEmpty().allSatisfy(m -> {
            assertThat(m.get("status")).as("message %s", m.get("id")).isEqualTo("SENT");
            assertThat(sends.getOrDefault(m.get("id").toString(), 0L)).as("sends of %s", m.get("id")).isPositive();
        });
    }

    private static PackagedDb db() {
        return new PackagedDb(port);
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

package io.pitstop;

import io.pitstop.support.Background;
import io.pitstop.support.BookingLoad;
import io.pitstop.support.DemoStaffOverHttp;
import io.pitstop.support.PackagedApp;
import io.pitstop.support.PackagedDb;
import io.pitstop.support.SmsGateway;
import io.pitstop.support.SseClient;
import io.pitstop.support.StreamFollower;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pitstop processes, built as they ship (the packaged jar), against one PostgreSQL: an update posted through instance
 * A reaches a stream held open on instance B, through LISTEN/NOTIFY and nothing else; the jobs of A and B, run at the
 * same moment, send each notice once; and instance C, killed mid-load, loses nothing it accepted while its streams
 * go on from B. A and B run under the test profile {@code it} (their clocks move, their jobs run on request); C is a
 * production start, where those hooks do not exist.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final ZoneId SHOP = ZoneId.of("Asia/Shanghai");

    private static EmbeddedPostgres postgres;
    private static PackagedDb db;
    private static PackagedApp a;
    private static PackagedApp b;
    private static PackagedApp c;
    /** C's SMS gateway: in the kill test it stops answering, so that C dies holding the messages it claimed. */
    private static SmsGateway gateway;
    private static JsonPath customer;

    @BeforeAll
    static void start() throws Exception {
        Path work = Files.createTempDirectory("pitstop-two-instances");
        postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).setCleanDataDirectory(true).start();
        db = new PackagedDb(postgres.getPort());
        Path key = PackagedApp.signingKey(work);
        String url = "postgresql://localhost:" + postgres.getPort() + "/postgres?user=postgres";
        // One data directory for all, as the README's recipe says: what one stores in blobs/, the others serve.
        Map<String, String> shared = Map.of("PITSTOP_DATA_DIR", work.resolve("data").toString());
        a = PackagedApp.launch("a", url, key, work, with(shared, PackagedApp.IT_PROFILE)).awaitReady();
        // Registered before C runs: A sends the code at once and reads it back from its log.
        String phone = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        customer = a.register(phone, "双实例", "Passw0rd-it");
        // B and C start once A has migrated and seeded: the later instances find the schema in place.
        b = PackagedApp.launch("b", url, key, work, with(shared, PackagedApp.IT_PROFILE));
        gateway = new SmsGateway();
        c = PackagedApp.launch("c", url, key, work, with(shared, Map.of("PITSTOP_NOTIFY_WEBHOOK_URL", gateway.url(),
                "PITSTOP_NOTIFY_WEBHOOK_TIMEOUT", "PT10M", "PITSTOP_NOTIFY_DISPATCH_EVERY", "1s"))); // C claims first (A, B: 5 s)
        b.awaitReady();
        c.awaitReady();
    }

    @AfterAll
    static void stop() throws IOException {
        for (PackagedApp app : new PackagedApp[]{a, b, c}) {
            if (app != null) {
                app.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    @Order(1)
    void anUpdatePostedOnInstanceAReachesAStreamOnInstanceB() throws Exception {
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
    @Order(2)
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

    /** A photo taken at check-in and uploaded through A is shown through B: the instances share one data directory. */
    @Test
    @Order(3)
    void aPhotoUploadedThroughInstanceAIsServedByInstanceB() {
        var staff = new DemoStaffOverHttp(a);
        String order = staff.checkIn(staff.walkIn());
        byte[] jpeg = io.pitstop.support.SampleFiles.JPEG; // a whole JPEG: uploads are judged by their structure
        String url = a.api().auth().oauth2(staff.advisor).multiPart("purpose", "CHECK_IN").multiPart("file", "damage.jpg", jpeg, "image/jpeg")
                .post("/api/v1/repair-orders/" + order + "/attachments").then().statusCode(201).extract().path("url");
        assertThat(b.api().auth().oauth2(staff.advisor).get(url).then().statusCode(200).extract().asByteArray()).isEqualTo(jpeg);
    }

    /**
     * The jobs of A and B run at the same moment of a day moved ahead, three times over, then deliver their outbox: a
     * booking reminder, a confirmation escalation, a long repair's hourly update and its promise watch, and a
     * complaint's answer warning each reach each of their recipients once, and so does everything else the passes
     * raised over the demo's shop; each SMS is sent once, by one instance.
     */
    @Test
    @Order(4)
    void eachScheduledNoticeGoesOutOnceWhenTwoInstancesRunTheirJobsAtTheSameMoment() throws Exception {
        var staff = new DemoStaffOverHttp(a);
        // 10:00 in the shop on a day at least 20 h ahead whose next day takes bookings: by then the complaint is past
        // 75 % of its 24 h, the repair an hour without news and past its promise, the booking within a day of its start.
        ZonedDateTime earliest = ZonedDateTime.now(SHOP).plusHours(20);
        LocalDate day = earliest.toLocalDate();
        while (day.atTime(10, 0).atZone(SHOP).isBefore(earliest) || staff.slots(day, day).isEmpty() || staff.slots(day.plusDays(1), day.plusDays(1)).size() < 4) {
            day = day.plusDays(1);
        }
        Instant at = day.atTime(LocalTime.of(10, 0)).atZone(SHOP).toInstant();
        List<String> tomorrow = staff.slots(day.plusDays(1), day.plusDays(1));
        String reminded = staff.book(staff.walkIn(), tomorrow.get(0));
        staff.confirm(reminded);
        String unconfirmed = staff.book(staff.walkIn(), staff.slots(day.plusDays(1), day.plusDays(1)).get(0)); // what is left
        String repair = staff.inRepair(staff.walkIn(), 180);
        String complaint = staff.complaintByPhone(staff.walkIn());

        a.setClock(at);
        b.setClock(at);
        try {
            List<Object> first = together(a::runJobs, b::runJobs);
            System.out.printf("[jobs] first pass at the same moment: A took %s, B took %s%n", first.get(0), first.get(1));
            for (int round = 0; round < 2; round++) {
                together(a::runJobs, b::runJobs);
            }
            for (int i = 0; i < 40 && db.count("select count(*) from outbox_message where status = 'PENDING' and created_at >= ?", ts(at)) > 0; i++) {
                together(a::runJobs, b::runJobs);
            }
        } finally {
            a.setClock(null);
            b.setClock(null);
        }

        assertThat(kinds("appointment_id", reminded)).containsEntry("BOOKING_REMINDER", 1L);
        assertThat(kinds("appointment_id", unconfirmed)).containsEntry("CONFIRMATION_OVERDUE", 1L);
        assertThat(kinds("repair_order_id", repair)).containsEntry("REPAIR_UPDATE", 1L).containsEntry("REPAIR_UPDATE_OVERDUE", 1L)
                .containsEntry("REPAIR_DELAY_RISK", 1L);
        assertThat(kinds("complaint_id", complaint)).containsEntry("COMPLAINT_ANSWER_WARNING", 1L);
        List<Map<String, Object>> twice = db.query("""
                select recipient_id, kind, appointment_id, repair_order_id, complaint_id, params, count(*) as n from notification
                where created_at >= ? group by 1, 2, 3, 4, 5, 6 having count(*) > 1""", ts(at));
        assertThat(twice).as("notices raised twice").isEmpty();

        List<Map<String, Object>> queued = db.query("select id, status, attempts from outbox_message where created_at >= ?", ts(at));
        Map<String, Long> sends = PackagedApp.sends(a, b);
        gateway.received().forEach(m -> sends.merge(m.getString("id"), 1L, Long::sum));
        System.out.printf("[jobs] %d notices raised at the same moment on A and B, %d SMS queued%n",
                db.count("select count(*) from notification where created_at >= ?", ts(at)), queued.size());
        assertThat(queued).as("SMS the passes queued").isNotEmpty().allSatisfy(m -> {
            assertThat(m.get("status")).as("message %s", m.get("id")).isEqualTo("SENT");
            assertThat(m.get("attempts")).as("attempts of %s", m.get("id")).isEqualTo(1);
            assertThat(sends.get(m.get("id").toString())).as("sends of %s", m.get("id")).isEqualTo(1L);
        });
        assertThat(db.count("""
                select count(*) from outbox_message m join notification n on n.id = m.notification_id
                where n.appointment_id = ?::uuid and m.kind = 'BOOKING_REMINDER'""", reminded)).as("reminder SMS").isEqualTo(1);
    }

    /**
     * Instance C takes bookings and serves three streams while A posts updates to them; C is killed (kill -9). Every
     * booking C (or A) answered 201 is in the database, each stream resumes on B with Last-Event-ID and has every event
     * once, in order; and what C had claimed from the outbox is sent by the others once its lease is over.
     */
    @Test
    @Order(5)
    void killingAnInstanceMidLoadLosesNoAcceptedBookingAndItsStreamsResumeOnAnotherWithoutAGap() throws Exception {
        c.api().post("/it/jobs").then().statusCode(404); // a production start has no test hooks
        var staff = new DemoStaffOverHttp(a);
        Instant began = Instant.now();
        List<DemoStaffOverHttp.Car> cars = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            cars.add(staff.walkIn());
        }
        LocalDate first = LocalDate.now(SHOP).plusDays(3);
        List<String> slots = staff.slots(first, first.plusDays(6));
        List<String> orders = new ArrayList<>();
        List<StreamFollower> followers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String order = staff.checkIn(staff.walkIn());
            orders.add(order);
            followers.add(new StreamFollower(order, staff.advisor, List.<Supplier<String>>of(c::base, b::base)));
        }
        for (StreamFollower f : followers) {
            assertThat(f.awaitId(1, Duration.ofSeconds(20))).as("the stream on C is open").isTrue();
        }

        BookingLoad load = new BookingLoad(staff.advisor, cars, slots);
        gateway.hang();
        try (Background background = new Background()) {
            for (int i = 0; i < 3; i++) {
                background.repeat("book-on-c-" + i, () -> load.bookOnce("c", c));
            }
            background.repeat("book-on-a", () -> load.bookOnce("a", a));
            background.repeat("updates-on-a", () -> orders.forEach(o -> staff.postUpdate(a, o, "进度更新")));
            Background.await("C accepts bookings and is in the middle of sending SMS", () -> accepted(load, "c") >= 5 && gateway.held() > 0);
            c.kill();
            long acceptedByA = accepted(load, "a");
            Background.await("the streams resume on B while A goes on booking",
                    () -> followers.stream().allMatch(f -> !f.resumedWith().isEmpty()) && accepted(load, "a") >= acceptedByA + 5);
        }

        for (int i = 0; i < orders.size(); i++) {
            long last = db.count("select coalesce(max(seq), 0) from repair_event where order_id = ?::uuid", orders.get(i));
            StreamFollower f = followers.get(i);
            assertThat(f.awaitId(last, Duration.ofSeconds(20))).as("the stream of %s reaches event %d", orders.get(i), last).isTrue();
            f.close();
            assertThat(f.ids()).as("events of %s, resumed with Last-Event-ID %s", orders.get(i), f.resumedWith())
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, last).boxed().toList());
        }
        List<String> accepted = load.accepted();
        System.out.printf("[kill] bookings: %d accepted (%d by C), %d conflicts, %d without answer; streams resumed with %s%n",
                accepted.size(), accepted(load, "c"), load.count(409), load.count(-1),
                followers.stream().map(StreamFollower::resumedWith).toList());
        assertThat(load.leaks()).as(() -> "answers that leak or fail; " + java.util.stream.Stream.of(a, b, c)
                .map(app -> app.logOf(load.leaks())).collect(java.util.stream.Collectors.joining("\n"))).isEmpty();
        assertThat(db.count("select count(*) from appointment where id = any(?::uuid[])", "{" + String.join(",", accepted) + "}"))
                .as("accepted bookings in the database").isEqualTo(accepted.size());

        // Nothing stays claimed: C died in the middle of sending what it had claimed (its gateway stopped answering).
        // Past the lease, A and B send it.
        long held = db.count("select count(*) from outbox_message where status = 'PENDING' and attempts = 0 and next_attempt_at > now()");
        assertThat(held).as("messages C held when it died").isPositive();
        Instant afterLease = Instant.now().plus(Duration.ofMinutes(3));
        a.setClock(afterLease);
        b.setClock(afterLease);
        try {
            for (int i = 0; i < 40 && db.count("select count(*) from outbox_message where status = 'PENDING'") > 0; i++) {
                together(a::runJobs, b::runJobs);
            }
        } finally {
            a.setClock(null);
            b.setClock(null);
        }
        System.out.printf("[kill] outbox: %d messages claimed by C when it died, sent by A and B after the lease%n", held);
        assertThat(db.query("select id, kind from outbox_message where status = 'PENDING'")).as("messages still pending").isEmpty();
        assertThat(db.query("select id, status from outbox_message where created_at >= ? and status <> 'SENT'", ts(began)))
                .as("messages of the load not sent").isEmpty();
    }

    private static Map<String, String> with(Map<String, String> one, Map<String, String> other) {
        Map<String, String> all = new java.util.HashMap<>(one);
        all.putAll(other);
        return all;
    }

    private static long accepted(BookingLoad load, String instance) {
        return load.outcomes().stream().filter(o -> o.status() == 201 && o.instance().equals(instance)).count();
    }

    /** The notices about one subject (made by the test), by kind: how many of each kind one recipient got at most. */
    private static Map<String, Long> kinds(String column, String subject) {
        return db.query("select kind, max(n) as n from (select kind, recipient_id, count(*) as n from notification where " + column
                        + " = ?::uuid group by 1, 2) per group by kind", subject).stream()
                .collect(Collectors.toMap(r -> (String) r.get("kind"), r -> ((Number) r.get("n")).longValue()));
    }

    /** Starts the calls at the same moment, each on a thread of its own (not the common pool: one thread on 2 cores), and waits for both. */
    private static List<Object> together(Supplier<?> first, Supplier<?> second) {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            Function<Supplier<?>, CompletableFuture<Object>> start = s -> CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return s.get();
            }, threads);
            CompletableFuture<Object> one = start.apply(first);
            CompletableFuture<Object> two = start.apply(second);
            go.countDown();
            return List.of(one.join(), two.join());
        } finally {
            threads.shutdown();
        }
    }

    private static OffsetDateTime ts(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}

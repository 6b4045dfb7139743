package io.pitstop.repair;

import io.pitstop.repair.service.RepairJobs;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.MutableClock;
import io.pitstop.support.RepairFixtures;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class RepairJobsTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    RepairFixtures repairs;

    @Inject
    BookingFixtures bookings;

    @Inject
    MutableClock clock;

    @Inject
    RepairJobs jobs;

    @BeforeEach
    void inTheMorningOfAnOpenDay() {
        // The shop opens 08:30-18:00 in Shanghai every day (TestShop): promises count opening hours only, so these
        // tests work at 10:00 there, whenever they run.
        io.pitstop.support.TestShop.open(bookings.manager());
        clock.forwardTo(LocalTime.of(10, 0), SHANGHAI);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aLongRepairWithoutNewsGetsOneAutomaticUpdatePerHourEvenWhenTheJobRunsTwice() throws Throwable {
        var c = repairs.customer();
        String id = repairs.inRepair(c, 180);

        clock.advance(Duration.ofMinutes(59));
        run(jobs::hourlyUpdates);
        assertThat(automaticUpdates(c.login(), id)).isZero();

        clock.advance(Duration.ofMinutes(2));
        run(jobs::hourlyUpdates);
        run(jobs::hourlyUpdates);
        assertThat(automaticUpdates(c.login(), id)).isEqualTo(1);
        assertThat(notices(repairs.advisor(), "REPAIR_UPDATE_OVERDUE", id)).isEqualTo(1);
        // The advisor's flag is internal: the owner's timeline does not carry it, the staff's does.
        assertThat(types(c.login(), id)).doesNotContain("UPDATE_OVERDUE");
        assertThat(types(repairs.advisor(), id)).contains("UPDATE_OVERDUE");

        clock.advance(Duration.ofMinutes(61));
        run(jobs::hourlyUpdates);
        assertThat(automaticUpdates(c.login(), id)).isEqualTo(2);
    }

    @Test
    void noAutomaticUpdateWhenStaffPostedWithinTheHour() throws Throwable {
        var c = repairs.customer();
        String id = repairs.inRepair(c, 240);

        clock.advance(Duration.ofMinutes(40));
        repairs.update(id, "诊断完成").statusCode(201);
        clock.advance(Duration.ofMinutes(25));
        run(jobs::hourlyUpdates);
        assertThat(automaticUpdates(c.login(), id)).isZero();
        assertThat(notices(repairs.advisor(), "REPAIR_UPDATE_OVERDUE", id)).isZero();

        clock.advance(Duration.ofMinutes(40));
        run(jobs::hourlyUpdates);
        assertThat(automaticUpdates(c.login(), id)).isEqualTo(1);
    }

    @Test
    void noAutomaticUpdateWhileTheShopIsClosedTheFirstComesAfterOpening() throws Throwable {
        clock.forwardTo(LocalTime.of(16, 0), SHANGHAI);
        var c = repairs.customer();
        String id = repairs.inRepair(c, 480);

        clock.advance(Duration.ofMinutes(61));
        run(jobs::hourlyUpdates);
        assertThat(automaticUpdates(c.login(), id)).isEqualTo(1);

        // 18:00 closes the workshop: nothing through the night, whenever the job runs
        for (LocalTime t : List.of(LocalTime.of(18, 30), LocalTime.of(23, 0), LocalTime.of(3, 0), LocalTime.of(8, 0))) {
            clock.forwardTo(t, SHANGHAI);
            run(jobs::hourlyUpdates);
        }
        assertThat(automaticUpdates(c.login(), id)).isEqualTo(1);

        clock.forwardTo(LocalTime.of(8, 31), SHANGHAI);
        run(jobs::hourlyUpdates);
        run(jobs::hourlyUpdates);
        assertThat(automaticUpdates(c.login(), id)).isEqualTo(2);
    }

    @Test
    void aRepairOfTwoHoursOrLessOwesNoHourlyUpdates() throws Throwable {
        var c = repairs.customer();
        String id = repairs.inRepair(c, 120);
        clock.advance(Duration.ofMinutes(90));
        run(jobs::hourlyUpdates);
        assertThat(automaticUpdates(c.login(), id)).isZero();
    }

    @Test
    void anOrderAtRiskIsRaisedToAdvisorAndManagerAnHourBeforeItsPromiseOncePerPromise() throws Throwable {
        var c = repairs.customer();
        String id = repairs.inRepair(c, 90);
        var manager = bookings.manager();

        clock.advance(Duration.ofMinutes(29));
        run(jobs::watchPromises);
        assertThat(notices(repairs.advisor(), "REPAIR_DELAY_RISK", id)).isZero();

        clock.advance(Duration.ofMinutes(2));
        run(jobs::watchPromises);
        run(jobs::watchPromises);
        assertThat(notices(repairs.advisor(), "REPAIR_DELAY_RISK", id)).isEqualTo(1);
        assertThat(notices(manager, "REPAIR_DELAY_RISK", id)).isEqualTo(1);
        // The alarm carries the times the staff need: the watch's lead and the notice time the delay must keep.
        assertThat(param(repairs.advisor(), "REPAIR_DELAY_RISK", id, "watchBefore")).isEqualTo("PT1H");
        assertThat(param(repairs.advisor(), "REPAIR_DELAY_RISK", id, "noticeBefore")).isEqualTo("PT30M");
        // The owner is never told a bare "may be late": no notice, no event on their timeline; the staff's has it.
        assertThat(notices(c.login(), "REPAIR_DELAY_RISK", id)).isZero();
        assertThat(types(c.login(), id)).doesNotContain("DELAY_RISK");
        assertThat(types(repairs.advisor(), id)).containsOnlyOnce("DELAY_RISK");

        // Raised an hour ahead, the advisor still declares the delay more than 30 minutes before the promise: the owner
        // hears it with the reason, the new time and the offer.
        OffsetDateTime promised = OffsetDateTime.parse(given().auth().oauth2(c.login().accessToken()).get("/api/v1/repair-orders/" + id)
                .then().extract().path("promisedAt"));
        clock.advance(Duration.ofMinutes(15));
        declareDelay(id, promised.plusHours(2)).statusCode(200)
                .body("delays[0].noticeMinutes", org.hamcrest.Matchers.greaterThanOrEqualTo(30));
        assertThat(param(c.login(), "REPAIR_DELAYED", id, "reason")).isEqualTo("PART_OUT_OF_STOCK");
        assertThat(param(c.login(), "REPAIR_DELAYED", id, "newPromisedAt")).isNotBlank();

        // A declared delay is a new promise: watched again, and raised again only if that one slips too.
        run(jobs::watchPromises);
        assertThat(notices(repairs.advisor(), "REPAIR_DELAY_RISK", id)).isEqualTo(1);
        clock.advance(Duration.ofMinutes(100)); // a little more than an hour before the new promise (90 + 120 minutes after the start)
        run(jobs::watchPromises);
        assertThat(notices(repairs.advisor(), "REPAIR_DELAY_RISK", id)).isEqualTo(1);
        clock.advance(Duration.ofMinutes(6));
        run(jobs::watchPromises);
        run(jobs::watchPromises);
        assertThat(notices(repairs.advisor(), "REPAIR_DELAY_RISK", id)).isEqualTo(2);
        assertThat(notices(c.login(), "REPAIR_DELAY_RISK", id)).isZero();
    }

    @Test
    void anApprovalTenMinutesBeforeClosingPromisesTheNextOpenDay() {
        var c = repairs.customer();
        String id = repairs.checkIn(c);
        repairs.sendEstimate(id, 90).statusCode(200);
        clock.forwardTo(LocalTime.of(17, 50), SHANGHAI);
        OffsetDateTime promised = OffsetDateTime.parse(repairs.approveAll(c.login(), id).statusCode(200).extract().path("promisedAt"));
        java.time.ZonedDateTime approvedAt = clock.instant().atZone(SHANGHAI);
        // Ten minutes today, the other 80 from 08:30 the next day (the test shop opens every day).
        assertThat(promised.atZoneSameInstant(SHANGHAI).toLocalDate()).isEqualTo(approvedAt.toLocalDate().plusDays(1));
        assertThat(promised.atZoneSameInstant(SHANGHAI).toLocalTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES))
                .isEqualTo(LocalTime.of(9, 50));
    }

    @Test
    void aSupplementTheOwnerLeavesUnansweredIsRaisedToAdvisorAndManagerOnce() throws Throwable {
        var c = repairs.customer();
        String id = repairs.inRepair(c, 240);
        var manager = bookings.manager();
        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("finding", "拆检发现刹车盘有裂纹", "items", List.of(Map.of("kind", "PART", "description", "刹车盘",
                        "quantity", 1, "unitPrice", 120, "necessity", "REQUIRED", "reason", "裂纹影响制动安全"))))
                .post("/api/v1/repair-orders/" + id + "/supplements").then().statusCode(200);

        clock.advance(Duration.ofMinutes(119));
        run(jobs::watchSupplements);
        assertThat(notices(repairs.advisor(), "REPAIR_SUPPLEMENT_UNANSWERED", id)).isZero();

        clock.advance(Duration.ofMinutes(2));
        run(jobs::watchSupplements);
        run(jobs::watchSupplements);
        assertThat(notices(repairs.advisor(), "REPAIR_SUPPLEMENT_UNANSWERED", id)).isEqualTo(1);
        assertThat(notices(manager, "REPAIR_SUPPLEMENT_UNANSWERED", id)).isEqualTo(1);
        assertThat(param(repairs.advisor(), "REPAIR_SUPPLEMENT_UNANSWERED", id, "answerWithin")).isEqualTo("PT2H");
        assertThat(notices(c.login(), "REPAIR_SUPPLEMENT_UNANSWERED", id)).isZero();
    }

    @Test
    void aSupplementSentLateInTheDayIsRaisedOnlyAfterItsTimeInOpeningHours() throws Throwable {
        var c = repairs.customer();
        String id = repairs.inRepair(c, 240);
        clock.forwardTo(LocalTime.of(17, 0), SHANGHAI);
        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("finding", "发现刹车片磨损", "items", List.of(Map.of("kind", "PART", "description", "刹车片",
                        "quantity", 1, "unitPrice", 300, "necessity", "REQUIRED", "reason", "磨损到极限"))))
                .post("/api/v1/repair-orders/" + id + "/supplements").then().statusCode(200);
        // Sent at 17:00: one hour today, the second from 08:30, so due at 09:30 the next day, not at 19:00 tonight.
        clock.forwardTo(LocalTime.of(23, 0), SHANGHAI);
        run(jobs::watchSupplements);
        assertThat(notices(repairs.advisor(), "REPAIR_SUPPLEMENT_UNANSWERED", id)).isZero();
        clock.forwardTo(LocalTime.of(9, 31), SHANGHAI);
        run(jobs::watchSupplements);
        assertThat(notices(repairs.advisor(), "REPAIR_SUPPLEMENT_UNANSWERED", id)).isEqualTo(1);
    }

    @Test
    void safetyCriticalWorkNotStartedWithinThirtyMinutesIsRaisedToTheWorkshopOnce() throws Throwable {
        var c = repairs.customer();
        Map<String, Object> walkIn = new java.util.HashMap<>(RepairFixtures.walkIn(c.vehicleId()));
        walkIn.put("safetyCritical", true);
        String id = given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON).body(walkIn)
                .post("/api/v1/repair-orders").then().statusCode(201).extract().path("id");
        repairs.sendEstimate(id, 60).statusCode(200);
        repairs.approveAll(c.login(), id).statusCode(200);
        repairs.move(repairs.lead(), id, "DISPATCHED", null).statusCode(200);
        var manager = bookings.manager();

        clock.advance(Duration.ofMinutes(29));
        run(jobs::watchDispatch);
        assertThat(notices(repairs.lead(), "REPAIR_START_OVERDUE", id)).isZero();

        clock.advance(Duration.ofMinutes(2));
        run(jobs::watchDispatch);
        run(jobs::watchDispatch);
        assertThat(notices(repairs.lead(), "REPAIR_START_OVERDUE", id)).isEqualTo(1);
        assertThat(notices(manager, "REPAIR_START_OVERDUE", id)).isEqualTo(1);
        assertThat(param(repairs.lead(), "REPAIR_START_OVERDUE", id, "safetyStartWithin")).isEqualTo("PT30M");
        assertThat(types(repairs.lead(), id)).containsOnlyOnce("START_OVERDUE");
        assertThat(types(c.login(), id)).doesNotContain("START_OVERDUE");
        // Dispatched in time, so only the start was late.
        assertThat(notices(repairs.lead(), "REPAIR_DISPATCH_OVERDUE", id)).isZero();
    }

    /**
     * A safety-critical order left undispatched is late twice in one run: not dispatched, and not started. Both alarms
     * are raised once; before, the start mark written by the second statement was overwritten by the order as the
     * first one had loaded it, and the start alarm went out again on the next run.
     */
    @Test
    void aSafetyCriticalOrderLeftUndispatchedRaisesEachAlarmOnce() throws Throwable {
        var c = repairs.customer();
        Map<String, Object> walkIn = new java.util.HashMap<>(RepairFixtures.walkIn(c.vehicleId()));
        walkIn.put("safetyCritical", true);
        String id = given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON).body(walkIn)
                .post("/api/v1/repair-orders").then().statusCode(201).extract().path("id");
        repairs.sendEstimate(id, 60).statusCode(200);
        repairs.approveAll(c.login(), id).statusCode(200);

        clock.advance(Duration.ofMinutes(31));
        run(jobs::watchDispatch);
        run(jobs::watchDispatch);
        run(jobs::watchDispatch);
        assertThat(notices(repairs.lead(), "REPAIR_DISPATCH_OVERDUE", id)).isEqualTo(1);
        assertThat(notices(repairs.lead(), "REPAIR_START_OVERDUE", id)).isEqualTo(1);
        assertThat(types(repairs.lead(), id)).containsOnlyOnce("START_OVERDUE").containsOnlyOnce("DISPATCH_OVERDUE");
    }

    @Test
    void aDelayDeclaredInTimeIsPushedAtOnceAndPreventsTheAlarm() throws Throwable {
        var c = repairs.customer();
        String id = repairs.inRepair(c, 90);
        OffsetDateTime promised = OffsetDateTime.parse(given().auth().oauth2(c.login().accessToken()).get("/api/v1/repair-orders/" + id)
                .then().extract().path("promisedAt"));
        clock.advance(Duration.ofMinutes(20));
        declareDelay(id, promised.plusHours(3)).statusCode(200)
                .body("delayed", org.hamcrest.Matchers.equalTo(true))
                .body("delays[0].reason", org.hamcrest.Matchers.equalTo("PART_OUT_OF_STOCK"))
                .body("delays[0].noticeMinutes", org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(69)).and(org.hamcrest.Matchers.lessThanOrEqualTo(70)))
                .body("delays[0].compensation", org.hamcrest.Matchers.equalTo("FREE_WASH"));
        assertThat(notices(c.login(), "REPAIR_DELAYED", id)).isEqualTo(1);
        clock.advance(Duration.ofMinutes(50));
        run(jobs::watchPromises);
        assertThat(notices(c.login(), "REPAIR_DELAY_RISK", id)).isZero();

        declareDelay(id, promised.plusHours(1)).statusCode(400);
    }

    @Test
    void anApprovedOrderNotDispatchedWithinFiveMinutesIsRaisedToTheWorkshopOnce() throws Throwable {
        var c = repairs.customer();
        String id = repairs.approved(c, 60);
        clock.advance(Duration.ofMinutes(4));
        run(jobs::watchDispatch);
        assertThat(notices(repairs.lead(), "REPAIR_DISPATCH_OVERDUE", id)).isZero();
        clock.advance(Duration.ofMinutes(2));
        run(jobs::watchDispatch);
        run(jobs::watchDispatch);
        assertThat(notices(repairs.lead(), "REPAIR_DISPATCH_OVERDUE", id)).isEqualTo(1);
        assertThat(types(c.login(), id)).doesNotContain("DISPATCH_OVERDUE");
    }

    private io.restassured.response.ValidatableResponse declareDelay(String id, OffsetDateTime to) {
        return given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("reason", "PART_OUT_OF_STOCK", "detail", "火花塞需从中心库调货", "newPromisedAt", to.toString(),
                        "compensation", "FREE_WASH", "compensationDetail", "免费洗车一次"))
                .post("/api/v1/repair-orders/" + id + "/delays").then();
    }

    private static List<String> types(TestAccounts.Login who, String id) {
        return given().auth().oauth2(who.accessToken()).get("/api/v1/repair-orders/" + id + "/timeline")
                .then().statusCode(200).extract().jsonPath().getList("type");
    }

    private static int automaticUpdates(TestAccounts.Login who, String id) {
        return given().auth().oauth2(who.accessToken()).get("/api/v1/repair-orders/" + id + "/timeline")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.type == 'UPDATE' && it.automatic == true }").size();
    }

    private static int notices(TestAccounts.Login who, String kind, String orderId) {
        return io.pitstop.support.Inbox.about(who, kind, "repair_order_id", orderId);
    }

    /** A parameter of the reader's one notification of the kind about the order. */
    private static String param(TestAccounts.Login who, String kind, String orderId, String name) {
        return io.pitstop.support.Inbox.param(who, kind, "repair_order_id", orderId, name);
    }

    private static void run(Supplier<io.smallrye.mutiny.Uni<Integer>> job) throws Throwable {
        VertxContextSupport.subscribeAndAwait(job::get);
    }
}

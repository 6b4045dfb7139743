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
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class RepairJobsTest {

    @Inject
    RepairFixtures repairs;

    @Inject
    BookingFixtures bookings;

    @Inject
    MutableClock clock;

    @Inject
    RepairJobs jobs;

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
    void aRepairOfTwoHoursOrLessOwesNoHourlyUpdates() throws Throwable {
        var c = repairs.customer();
        String id = repairs.inRepair(c, 120);
        clock.advance(Duration.ofMinutes(90));
        run(jobs::hourlyUpdates);
        assertThat(automaticUpdates(c.login(), id)).isZero();
    }

    @Test
    void anOrderAtRiskThirtyMinutesBeforeItsPromiseIsRaisedOncePerPromise() throws Throwable {
        var c = repairs.customer();
        String id = repairs.inRepair(c, 90);
        var manager = bookings.manager();

        clock.advance(Duration.ofMinutes(59));
        run(jobs::watchPromises);
        assertThat(notices(c.login(), "REPAIR_DELAY_RISK", id)).isZero();

        clock.advance(Duration.ofMinutes(2));
        run(jobs::watchPromises);
        run(jobs::watchPromises);
        assertThat(notices(c.login(), "REPAIR_DELAY_RISK", id)).isEqualTo(1);
        assertThat(notices(repairs.advisor(), "REPAIR_DELAY_RISK", id)).isEqualTo(1);
        assertThat(notices(manager, "REPAIR_DELAY_RISK", id)).isEqualTo(1);
        assertThat(types(c.login(), id)).containsOnlyOnce("DELAY_RISK");

        // A declared delay is a new promise: watched again, and raised again only if that one slips too.
        OffsetDateTime promised = OffsetDateTime.parse(given().auth().oauth2(c.login().accessToken()).get("/api/v1/repair-orders/" + id)
                .then().extract().path("promisedAt"));
        declareDelay(id, promised.plusHours(2)).statusCode(200);
        run(jobs::watchPromises);
        assertThat(notices(c.login(), "REPAIR_DELAY_RISK", id)).isEqualTo(1);
        clock.advance(Duration.ofMinutes(125));
        run(jobs::watchPromises);
        assertThat(notices(c.login(), "REPAIR_DELAY_RISK", id)).isEqualTo(2);
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

    private static void run(Supplier<io.smallrye.mutiny.Uni<Integer>> job) throws Throwable {
        VertxContextSupport.subscribeAndAwait(job::get);
    }
}

package io.pitstop.feedback;

import io.pitstop.feedback.service.FollowUpJobs;
import io.pitstop.feedback.service.OverdueFollowUps;
import io.pitstop.identity.Role;
import io.pitstop.support.Inbox;
import io.pitstop.support.MutableClock;
import io.pitstop.support.RepairFixtures;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class FollowUpTest {

    @Inject
    RepairFixtures repairs;

    @Inject
    TestAccounts accounts;

    @Inject
    MutableClock clock;

    @Inject
    FollowUpJobs jobs;

    @Inject
    OverdueFollowUps overdue;

    @org.junit.jupiter.api.BeforeEach
    void inTheMorningOfAnOpenDay() {
        // Calls are placed in opening hours (08:30-18:00 in the test shop): these tests deliver at 10:00 there.
        io.pitstop.support.TestShop.open(accounts.staff(Role.MANAGER));
        clock.forwardTo(java.time.LocalTime.of(10, 0), ZoneId.of("Asia/Shanghai"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCallOfACarDeliveredLateIsAvailableFromOpeningAndDueBeforeClosingNeverAtNight() throws Throwable {
        var manager = accounts.staff(Role.MANAGER);
        clock.forwardTo(java.time.LocalTime.of(21, 0), ZoneId.of("Asia/Shanghai"));
        String order = repairs.delivered(repairs.customer());
        clock.advance(Duration.ofDays(3).plusMinutes(1));
        run(jobs::createCalls);
        Map<String, Object> call = callsOf(manager, order, "all").get(0);
        var shanghai = ZoneId.of("Asia/Shanghai");
        var available = OffsetDateTime.parse((String) call.get("availableFrom")).atZoneSameInstant(shanghai);
        var due = OffsetDateTime.parse((String) call.get("dueAt")).atZoneSameInstant(shanghai);
        var delivered = OffsetDateTime.parse((String) call.get("deliveredAt")).atZoneSameInstant(shanghai);
        // Handed over at 21:00, after closing: 3 days later at 21:00 is no time to call, so the call waits for 08:30
        // the next day; its due time is the last closing within the week, 18:00 on the seventh day.
        assertThat(available.toLocalTime()).isBetween(java.time.LocalTime.of(8, 30), java.time.LocalTime.of(18, 0));
        assertThat(available.toLocalTime()).isEqualTo(java.time.LocalTime.of(8, 30));
        assertThat(due.toLocalTime()).isEqualTo(java.time.LocalTime.of(18, 0));
        assertThat(due.toInstant()).isBefore(delivered.toInstant().plus(Duration.ofDays(7)).plusSeconds(1));
        assertThat(call).containsEntry("due", false);
        assertThat(callsOf(manager, order, "due")).isEmpty();
    }

    private static List<Map<String, Object>> callsOf(TestAccounts.Login who, String orderId, String scope) {
        return given().auth().oauth2(who.accessToken()).queryParam("scope", scope).get("/api/v1/follow-up-calls").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.orderId == '" + orderId + "' }");
    }

    private static ValidatableResponse outcome(TestAccounts.Login who, String callId, Map<String, Object> body) {
        return given().auth().oauth2(who.accessToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/follow-up-calls/" + callId + "/outcome").then();
    }

    @Test
    void aCallIsCreatedOnceThreeDaysAfterDeliveryEvenWhenTheJobRunsTwice() throws Throwable {
        var manager = accounts.staff(Role.MANAGER);
        String order = repairs.delivered(repairs.customer());
        run(jobs::createCalls);
        assertThat(callsOf(manager, order, "all")).isEmpty();
        clock.advance(Duration.ofDays(3).plusMinutes(1));
        run(jobs::createCalls);
        run(jobs::createCalls);
        List<Map<String, Object>> calls = callsOf(manager, order, "all");
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0)).containsEntry("status", "OPEN").containsEntry("due", true).containsEntry("overdue", false);
        OffsetDateTime delivered = OffsetDateTime.parse((String) calls.get(0).get("deliveredAt"));
        assertThat(Duration.between(delivered, OffsetDateTime.parse((String) calls.get(0).get("dueAt")))).isEqualTo(Duration.ofDays(7));
        assertThat(callsOf(manager, order, "due")).hasSize(1);
    }

    @Test
    void anUnreachedCustomerIsRetriedOnOtherDaysThreeTimesThenTheCallIsClosedUnreachable() throws Throwable {
        var cs = accounts.staff(Role.CUSTOMER_SERVICE);
        String order = repairs.delivered(repairs.customer());
        clock.advance(Duration.ofDays(3).plusMinutes(1));
        run(jobs::createCalls);
        String call = (String) callsOf(cs, order, "due").get(0).get("id");
        outcome(cs, call, Map.of("outcome", "NOT_REACHED", "notes", "无人接听")).statusCode(200)
                .body("status", equalTo("OPEN")).body("attempts", equalTo(1)).body("due", equalTo(false));
        outcome(cs, call, Map.of("outcome", "NOT_REACHED")).statusCode(409).body("type", containsString("retry-later"));
        assertThat(callsOf(cs, order, "due")).isEmpty();
        for (int retry = 1; retry <= 2; retry++) {
            clock.advance(Duration.ofDays(1));
            outcome(cs, call, Map.of("outcome", "NOT_REACHED")).statusCode(200).body("status", equalTo("OPEN"));
        }
        clock.advance(Duration.ofDays(1));
        outcome(cs, call, Map.of("outcome", "NOT_REACHED")).statusCode(200)
                .body("status", equalTo("UNREACHABLE")).body("attempts", equalTo(4)).body("log.size()", equalTo(4));
    }

    @Test
    void aReportedProblemGetsTheAdvisorAndThreeWorkingDaysAndIsRaisedOnceWhenLate() throws Throwable {
        var cs = accounts.staff(Role.CUSTOMER_SERVICE);
        var manager = accounts.staff(Role.MANAGER);
        String order = repairs.delivered(repairs.customer());
        clock.advance(Duration.ofDays(3).plusMinutes(1));
        run(jobs::createCalls);
        String call = (String) callsOf(cs, order, "due").get(0).get("id");
        outcome(cs, call, Map.of("outcome", "PROBLEM")).statusCode(400).body("errors[0].field", equalTo("problem"));
        JsonPath reported = outcome(cs, call, Map.of("outcome", "PROBLEM", "satisfaction", 2, "problem", "方向盘仍有轻微抖动"))
                .statusCode(200).body("status", equalTo("PROBLEM"))
                .body("problem.owner.id", equalTo(repairs.advisor().id()))
                .extract().jsonPath();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        LocalDate expected = today;
        for (int left = 3; left > 0; ) {
            expected = expected.plusDays(1);
            if (expected.getDayOfWeek() != DayOfWeek.SATURDAY && expected.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        LocalDate due = OffsetDateTime.parse(reported.getString("problem.dueAt")).atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDate();
        // Closed days of the shop also do not count, so the deadline is never earlier than three weekdays.
        assertThat(due).isAfterOrEqualTo(expected);

        run(jobs::watchProblems);
        assertThat(overdueNotices(manager, order)).isZero();
        clock.advance(Duration.ofDays(8));
        run(jobs::watchProblems);
        run(jobs::watchProblems);
        assertThat(overdueNotices(manager, order)).isEqualTo(1);

        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON).body(Map.of("resolution", "已免费做四轮定位"))
                .post("/api/v1/follow-up-calls/" + call + "/problem-resolution").then().statusCode(200)
                .body("status", equalTo("DONE")).body("problem.resolution", equalTo("已免费做四轮定位"));
    }

    @Test
    void aCallNotMadeWithinItsSevenDaysIsRaisedToTheManagerOnceEvenWhenTheJobRunsTwice() throws Throwable {
        var cs = accounts.staff(Role.CUSTOMER_SERVICE);
        var manager = accounts.staff(Role.MANAGER);
        String late = repairs.delivered(repairs.customer());
        String made = repairs.delivered(repairs.customer());
        clock.advance(Duration.ofDays(3).plusMinutes(1));
        run(jobs::createCalls);
        String madeCall = (String) callsOf(cs, made, "due").get(0).get("id");
        outcome(cs, madeCall, Map.of("outcome", "REACHED", "satisfaction", 5)).statusCode(200).body("status", equalTo("DONE"));
        clock.advance(Duration.ofDays(3).plusHours(23)); // 6 days 23 hours after delivery: still within the week
        run(overdue::escalate);
        assertThat(Inbox.about(manager, "FOLLOW_UP_OVERDUE", "repair_order_id", late)).isZero();
        clock.advance(Duration.ofHours(1));
        run(overdue::escalate);
        run(overdue::escalate);
        assertThat(Inbox.about(manager, "FOLLOW_UP_OVERDUE", "repair_order_id", late)).isEqualTo(1);
        assertThat(Inbox.about(manager, "FOLLOW_UP_OVERDUE", "repair_order_id", made)).as("made in time").isZero();
        List<Map<String, Object>> calls = callsOf(manager, late, "all");
        assertThat(calls.get(0)).containsEntry("overdue", true);
        String assignee = (String) ((Map<?, ?>) calls.get(0).get("assignee")).get("id");
        assertThat(io.pitstop.support.Db.query("select 1 from notification where recipient_id = ? and kind = 'FOLLOW_UP_OVERDUE' "
                + "and repair_order_id = ?", java.util.UUID.fromString(assignee), java.util.UUID.fromString(late))).hasSize(1);
    }

    @Test
    void customersAndTechniciansHaveNoFollowUpQueue() {
        var c = repairs.customer();
        given().auth().oauth2(c.login().accessToken()).get("/api/v1/follow-up-calls").then().statusCode(403);
        given().auth().oauth2(repairs.technician().accessToken()).get("/api/v1/follow-up-calls").then().statusCode(403);
        given().auth().oauth2(repairs.advisor().accessToken()).queryParam("scope", "everything").get("/api/v1/follow-up-calls")
                .then().statusCode(400);
    }

    private static int overdueNotices(TestAccounts.Login who, String orderId) {
        return io.pitstop.support.Inbox.about(who, "FOLLOW_UP_PROBLEM_OVERDUE", "repair_order_id", orderId);
    }

    private static void run(Supplier<io.smallrye.mutiny.Uni<Integer>> job) throws Throwable {
        VertxContextSupport.subscribeAndAwait(job::get);
    }
}

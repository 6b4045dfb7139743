package io.pitstop.appraisal;

import io.pitstop.identity.Role;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.Db;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The monthly appraisal: weights, the parts without a value left out, the grade, and a closed month frozen against
 * later data and later weights. Each test uses a month of 2001 of its own, with its own rows.
 */
@QuarkusTest
class AppraisalTest {

    @Inject
    TestAccounts accounts;

    @Inject
    BookingFixtures bookings;

    @Test
    void theScoreWeighsTheAdvisorsOwnFiguresAndBothRatingsAndIsGraded() {
        var manager = accounts.staff(Role.MANAGER);
        var advisor = accounts.staff(Role.ADVISOR);
        String month = "2001-07";
        rated(advisor.id(), 90, OffsetDateTime.of(2001, 7, 10, 10, 0, 0, 0, ZoneOffset.ofHours(8)));

        // Self 70, manager 84: (30 x 90 + 10 x 70 + 20 x 84) / (30 + 10 + 20) = 84.67; completion, settlement and
        // complaints have nothing to count this month and are left out.
        rate(advisor, month, advisor.id(), 70).then().statusCode(200).body("selfScore", equalTo(70));
        JsonPath mine = rate(manager, month, advisor.id(), 84).then().statusCode(200).extract().jsonPath();
        assertThat(mine.getDouble("score")).isEqualTo(84.67);
        assertThat(mine.getString("grade")).isEqualTo("GOOD");
        assertThat(mine.getDouble("components.find { it.component == 'SATISFACTION' }.value")).isEqualTo(90.0);
        assertThat(mine.getString("components.find { it.component == 'SERVICE_COMPLETION' }.value")).isNull();

        // The advisor sees their own appraisal only; the manager sees everyone's.
        given().auth().oauth2(advisor.accessToken()).queryParam("month", month).get("/api/v1/appraisals").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].staffId", equalTo(advisor.id()));
        given().auth().oauth2(manager.accessToken()).queryParam("month", month).get("/api/v1/appraisals").then().statusCode(200)
                .body("staffId", org.hamcrest.Matchers.hasItem(advisor.id()));
        // Staff cannot rate one another.
        var other = accounts.staff(Role.ADVISOR);
        rate(other, month, advisor.id(), 10).then().statusCode(403);
        rate(manager, month, UUID.randomUUID().toString(), 10).then().statusCode(404);
        rate(manager, month, advisor.id(), 101).then().statusCode(400);
        given().auth().oauth2(manager.accessToken()).queryParam("month", "2001-13").get("/api/v1/appraisals").then().statusCode(400)
                .body("errors[0].field", equalTo("month"));
    }

    @Test
    void aClosedMonthIsFrozenAgainstLaterDataLaterRatingsAndLaterWeights() {
        var manager = accounts.staff(Role.MANAGER);
        var advisor = accounts.staff(Role.ADVISOR);
        String month = "2001-08";
        rated(advisor.id(), 80, OffsetDateTime.of(2001, 8, 3, 10, 0, 0, 0, ZoneOffset.ofHours(8)));
        rate(advisor, month, advisor.id(), 70);
        rate(manager, month, advisor.id(), 90);
        // (30 x 80 + 10 x 70 + 20 x 90) / 60 = 81.67
        assertThat(score(manager, month, advisor.id())).isEqualTo(81.67);

        given().auth().oauth2(manager.accessToken()).post("/api/v1/appraisals/" + month + "/close").then().statusCode(200)
                .body("find { it.staffId == '" + advisor.id() + "' }.closed", equalTo(true));

        rated(advisor.id(), 0, OffsetDateTime.of(2001, 8, 20, 10, 0, 0, 0, ZoneOffset.ofHours(8)));
        rate(manager, month, advisor.id(), 10).then().statusCode(409);
        Map<String, Object> weights = Map.of("SATISFACTION", 10, "SERVICE_COMPLETION", 10, "SETTLEMENT_FIRST_TIME_RIGHT", 10,
                "COMPLAINTS_RESOLVED_IN_TIME", 10, "SELF", 50, "SUPERVISOR", 10);
        try {
            given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON).body(Map.of("weights", weights))
                    .put("/api/v1/appraisals/weights/ADVISOR").then().statusCode(200).body("weights.SELF", equalTo(50));
            assertThat(score(manager, month, advisor.id())).isEqualTo(81.67);
        } finally {
            given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                    .body(Map.of("weights", Map.of("SATISFACTION", 30, "SERVICE_COMPLETION", 20, "SETTLEMENT_FIRST_TIME_RIGHT", 10,
                            "COMPLAINTS_RESOLVED_IN_TIME", 10, "SELF", 10, "SUPERVISOR", 20)))
                    .put("/api/v1/appraisals/weights/ADVISOR").then().statusCode(200);
        }
        given().auth().oauth2(manager.accessToken()).post("/api/v1/appraisals/" + month + "/close").then().statusCode(409);
        assertThat(Db.query("select count(*) as n from appraisal_result where month = '2001-08-01'").get(0).get("n"))
                .isNotEqualTo(0L);
    }

    @Test
    void weightsMustAddUpToAHundredAndBelongToTheRoleAndTheCurrentMonthCannotBeClosed() {
        var manager = accounts.staff(Role.MANAGER);
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("weights", Map.of("SATISFACTION", 50, "SUPERVISOR", 20)))
                .put("/api/v1/appraisals/weights/ADVISOR").then().statusCode(400).body("errors[0].field", equalTo("weights"));
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("weights", Map.of("QC_FIRST_PASS", 100)))
                .put("/api/v1/appraisals/weights/ADVISOR").then().statusCode(400);
        given().auth().oauth2(manager.accessToken()).get("/api/v1/appraisals/weights").then().statusCode(200)
                .body("find { it.role == 'TECHNICIAN' }.weights.QC_FIRST_PASS", equalTo(35));
        String now = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        given().auth().oauth2(manager.accessToken()).post("/api/v1/appraisals/" + now + "/close").then().statusCode(409);
        var advisor = accounts.staff(Role.ADVISOR);
        given().auth().oauth2(advisor.accessToken()).post("/api/v1/appraisals/2001-09/close").then().statusCode(403);
    }

    private static io.restassured.response.Response rate(TestAccounts.Login who, String month, String staffId, int score) {
        return given().auth().oauth2(who.accessToken()).contentType(ContentType.JSON).body(Map.of("score", score))
                .put("/api/v1/appraisals/" + month + "/" + staffId);
    }

    private static Double score(TestAccounts.Login manager, String month, String staffId) {
        return given().auth().oauth2(manager.accessToken()).queryParam("month", month).get("/api/v1/appraisals").then()
                .statusCode(200).extract().jsonPath().getDouble("find { it.staffId == '" + staffId + "' }.score");
    }

    /** A delivered order of the advisor, rated with this satisfaction score at that time. */
    private void rated(String advisorId, int score, OffsetDateTime at) {
        var customer = bookings.customerWithVehicle();
        UUID order = UUID.randomUUID();
        UUID advisor = UUID.fromString(advisorId);
        UUID owner = UUID.fromString(customer.login().id());
        Db.update("insert into repair_order (id, reference, customer_id, vehicle_id, advisor_id, status, mileage_km, fuel_level, "
                        + "symptoms, fault_reproduced, safety_critical, checked_in_at, delivered_at, created_by) "
                        + "values (?, ?, ?, ?, ?, 'DELIVERED', 1000, 'HALF', 'test', 'YES', false, ?, ?, ?)",
                order, "AP" + order.toString().substring(0, 8).toUpperCase(), owner, UUID.fromString(customer.vehicleId()),
                advisor, at.minusHours(5), at.minusHours(1), advisor);
        Db.update("insert into rating (order_id, customer_id, advisor_id, overall, attitude, professionalism, speed, price_fairness, "
                        + "score, low, created_at, updated_at, editable_until) values (?, ?, ?, 4, 4, 4, 4, 4, ?, false, ?, ?, ?)",
                order, owner, advisor, score, at, at, at.plusDays(1));
    }
}

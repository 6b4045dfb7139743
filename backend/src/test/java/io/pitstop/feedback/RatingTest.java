package io.pitstop.feedback;

import io.pitstop.identity.Role;
import io.pitstop.support.MutableClock;
import io.pitstop.support.RepairFixtures;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class RatingTest {

    @Inject
    RepairFixtures repairs;

    @Inject
    TestAccounts accounts;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Map<String, Object> stars(int overall, int attitude, int professionalism, int speed, int price) {
        return Map.of("overall", overall, "attitude", attitude, "professionalism", professionalism, "speed", speed,
                "priceFairness", price, "tags", List.of("专业", "准时"), "comment", "很满意");
    }

    @Test
    void aDeliveredVisitIsRatedOnceWithTheScoreDefinedOnce() {
        var c = repairs.customer();
        String id = repairs.delivered(c);
        given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON).body(stars(5, 4, 5, 4, 4))
                .post("/api/v1/repair-orders/" + id + "/rating").then().statusCode(201)
                .body("score", equalTo(85.0f))
                .body("low", equalTo(false))
                .body("editable", equalTo(true))
                .body("tags", equalTo(List.of("专业", "准时")));
        given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON).body(stars(5, 5, 5, 5, 5))
                .post("/api/v1/repair-orders/" + id + "/rating").then().statusCode(409).body("type", containsString("already-rated"));
        given().auth().oauth2(repairs.advisor().accessToken()).get("/api/v1/repair-orders/" + id + "/rating").then().statusCode(200)
                .body("advisor.id", equalTo(repairs.advisor().id()));
    }

    @Test
    void twoConcurrentFirstRatingsLeaveExactlyOne() throws Exception {
        var c = repairs.customer();
        String id = repairs.delivered(c);
        var pool = Executors.newFixedThreadPool(8);
        List<CompletableFuture<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int overall = 1 + i % 5;
            posts.add(CompletableFuture.supplyAsync(() -> given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON)
                    .body(stars(overall, 3, 3, 3, 3)).post("/api/v1/repair-orders/" + id + "/rating").statusCode(), pool));
        }
        List<Integer> codes = posts.stream().map(CompletableFuture::join).toList();
        pool.shutdown();
        assertThat(codes).filteredOn(s -> s == 201).hasSize(1);
        assertThat(codes).filteredOn(s -> s == 409).hasSize(7);
    }

    @Test
    void aRatingCanBeChangedFor24HoursThenItIsLocked() {
        var c = repairs.customer();
        String id = repairs.delivered(c);
        given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON).body(stars(4, 4, 4, 4, 4))
                .post("/api/v1/repair-orders/" + id + "/rating").then().statusCode(201);
        clock.advance(Duration.ofHours(23));
        given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON).body(stars(5, 5, 5, 5, 5))
                .put("/api/v1/repair-orders/" + id + "/rating").then().statusCode(200).body("score", equalTo(100.0f));
        clock.advance(Duration.ofHours(2));
        given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON).body(stars(1, 1, 1, 1, 1))
                .put("/api/v1/repair-orders/" + id + "/rating").then().statusCode(409).body("type", containsString("rating-locked"));
        given().auth().oauth2(c.login().accessToken()).get("/api/v1/repair-orders/" + id + "/rating").then()
                .body("score", equalTo(100.0f)).body("editable", equalTo(false));
    }

    @Test
    void aLowRatingAlertsCustomerServiceAtOnceAndSuggestsAComplaint() {
        var cs = accounts.staff(Role.CUSTOMER_SERVICE);
        var c = repairs.customer();
        String id = repairs.delivered(c);
        given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON).body(stars(3, 1, 4, 4, 4))
                .post("/api/v1/repair-orders/" + id + "/rating").then().statusCode(201)
                .body("low", equalTo(true)).body("complaintSuggested", equalTo(true));
        assertThat(io.pitstop.support.Inbox.about(cs, "RATING_LOW", "repair_order_id", id)).isEqualTo(1);
    }

    @Test
    void onlyTheOwnerRatesAndOnlyADeliveredVisit() {
        var owner = repairs.customer();
        var stranger = repairs.customer();
        String open = repairs.inRepair(owner, 60);
        given().auth().oauth2(owner.login().accessToken()).contentType(ContentType.JSON).body(stars(5, 5, 5, 5, 5))
                .post("/api/v1/repair-orders/" + open + "/rating").then().statusCode(409).body("type", containsString("not-delivered"));
        var other = repairs.customer();
        String delivered = repairs.delivered(other);
        given().auth().oauth2(stranger.login().accessToken()).contentType(ContentType.JSON).body(stars(1, 1, 1, 1, 1))
                .post("/api/v1/repair-orders/" + delivered + "/rating").then().statusCode(404);
        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON).body(stars(5, 5, 5, 5, 5))
                .post("/api/v1/repair-orders/" + delivered + "/rating").then().statusCode(403);
        given().auth().oauth2(other.login().accessToken()).contentType(ContentType.JSON).body(Map.of("overall", 6))
                .post("/api/v1/repair-orders/" + delivered + "/rating").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("overall", "attitude"));
    }

    @Test
    void theSummaryAveragesScoresPerAdvisor() {
        var manager = accounts.staff(Role.MANAGER);
        var a = repairs.customer();
        var b = repairs.customer();
        String first = repairs.delivered(a);
        String second = repairs.delivered(b);
        given().auth().oauth2(a.login().accessToken()).contentType(ContentType.JSON).body(stars(5, 5, 5, 5, 5))
                .post("/api/v1/repair-orders/" + first + "/rating").then().statusCode(201);
        given().auth().oauth2(b.login().accessToken()).contentType(ContentType.JSON).body(stars(3, 3, 3, 3, 3))
                .post("/api/v1/repair-orders/" + second + "/rating").then().statusCode(201);
        // The fixture advisor received both cars: (100 + 50) / 2 = 75, plus whatever other tests gave them.
        var summary = given().auth().oauth2(manager.accessToken()).get("/api/v1/ratings/summary").then().statusCode(200)
                .body("target", equalTo(85)).extract().jsonPath();
        assertThat(summary.getLong("byAdvisor.find { it.id == '" + repairs.advisor().id() + "' }.count")).isGreaterThanOrEqualTo(2);
        given().auth().oauth2(a.login().accessToken()).get("/api/v1/ratings/summary").then().statusCode(403);
    }
}

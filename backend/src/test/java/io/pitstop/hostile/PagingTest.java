package io.pitstop.hostile;

import io.pitstop.feedback.service.FollowUpJobs;
import io.pitstop.identity.Role;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.MutableClock;
import io.pitstop.support.RepairFixtures;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every list that grows pages the same way ({@code ?limit=&offset=}, at most 500 a page, a 400 problem naming the
 * parameter beyond): each test builds more rows than a page of two, then reads the list whole and in pages of two and
 * finds the same items in the same order, none repeated, none skipped.
 */
@QuarkusTest
class PagingTest {

    @Inject
    RepairFixtures repairs;

    @Inject
    BookingFixtures bookings;

    @Inject
    TestAccounts accounts;

    @Inject
    MutableClock clock;

    @Inject
    FollowUpJobs followUps;

    @Test
    void aCustomersOrdersNotificationsAndComplaintsPage() {
        var c = repairs.customer();
        for (int i = 0; i < 3; i++) {
            String vehicle = i == 0 ? c.vehicleId() : BookingFixtures.addVehicle(c.login());
            repairs.checkIn(new BookingFixtures.Customer(c.login(), vehicle, null));
            given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON)
                    .body(Map.of("category", "PROCESS", "content", "第 " + i + " 次投诉")).post("/api/v1/complaints")
                    .then().statusCode(201);
        }
        String token = c.login().accessToken();
        pages(token, "/api/v1/repair-orders", Map.of(), "id", 3);
        pages(token, "/api/v1/notifications", Map.of(), "id", 3);
        pages(token, "/api/v1/complaints", Map.of(), "id", 3);
        pages(accounts.staff(Role.CUSTOMER_SERVICE).accessToken(), "/api/v1/complaints", Map.of(), "id", 3);
        pages(repairs.advisor().accessToken(), "/api/v1/repair-orders", Map.of(), "id", 3);
        pages(bookings.manager().accessToken(), "/api/v1/outbox", Map.of("status", "PENDING"), "id", 3);
    }

    @Test
    void bookingsPage() {
        var c = bookings.customerWithVehicle();
        String type = bookings.serviceType("GENERAL_SERVICE", 30);
        LocalDate day = BookingFixtures.bookableDay(type);
        List<String> starts = BookingFixtures.availability(type, day, day.plusDays(6)).getList("slots.start");
        for (int i = 0; i < 3; i++) {
            String vehicle = i == 0 ? c.vehicleId() : BookingFixtures.addVehicle(c.login());
            given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON)
                    .body(BookingFixtures.booking(vehicle, type, starts.get(i))).post("/api/v1/appointments").then().statusCode(201);
        }
        pages(c.login().accessToken(), "/api/v1/appointments", Map.of(), "id", 3);
        pages(repairs.advisor().accessToken(), "/api/v1/appointments",
                Map.of("from", day.toString(), "to", day.plusDays(6).toString()), "id", 3);
    }

    @Test
    void ratingsIndicatorItemsImprovementsAndFollowUpCallsPage() throws Throwable {
        for (int i = 0; i < 3; i++) {
            var c = repairs.customer();
            String id = repairs.delivered(c);
            given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON)
                    .body(Map.of("overall", 1 + i, "attitude", 3, "professionalism", 3, "speed", 3, "priceFairness", 3))
                    .post("/api/v1/repair-orders/" + id + "/rating").then().statusCode(201);
        }
        String manager = bookings.manager().accessToken();
        pages(manager, "/api/v1/ratings", Map.of(), "orderId", 3);
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        pages(manager, "/api/v1/kpis/DELIVERIES_RATED/items", Map.of("from", today, "to", today), "reference", 3);

        var owner = accounts.staff(Role.ADVISOR);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(manager).contentType(ContentType.JSON)
                    .body(Map.of("title", "整改 " + i, "cause", "交车等待时间长", "action", "做法", "expectedEffect", "效果", "ownerId", owner.id(),
                            "deadline", OffsetDateTime.now().plusDays(10 + i).toString()))
                    .post("/api/v1/improvements").then().statusCode(201);
        }
        pages(owner.accessToken(), "/api/v1/improvements", Map.of(), "id", 3);

        // The three deliveries' follow-up calls appear three days later, when the job runs.
        clock.advance(Duration.ofDays(3).plusMinutes(1));
        io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(followUps::createCalls);
        pages(manager, "/api/v1/follow-up-calls", Map.of("scope", "all"), "id", 3);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * The list whole, then in pages of two: the same items in the same order, and past the end an empty page; a limit
     * or offset out of range is a 400 naming it.
     */
    private static void pages(String token, String path, Map<String, String> query, String key, int atLeast) {
        List<Object> all = page(token, path, query, 500, 0, key);
        assertThat(all).as(path + " has rows to page").hasSizeGreaterThanOrEqualTo(atLeast);
        // The first three pages of two, and the last page, against the whole (lists the whole suite fills, like the
        // outbox, may hold more than a page of 500: their first items are compared).
        List<Object> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            List<Object> p = page(token, path, query, 2, offset, key);
            assertThat(p.size()).as(path + " page size").isLessThanOrEqualTo(2);
            paged.addAll(p);
        }
        assertThat(paged).as(path + " in pages of two").isEqualTo(all.subList(0, Math.min(6, all.size())));
        if (!all.isEmpty() && all.size() < 500) {
            assertThat(page(token, path, query, 2, all.size() - 1, key)).as(path + " last page").containsExactly(all.get(all.size() - 1));
            assertThat(page(token, path, query, 2, all.size() + 10, key)).as(path + " past the end").isEmpty();
        }
        for (Object[] bad : List.of(new Object[]{"limit", 501}, new Object[]{"limit", 0}, new Object[]{"offset", -1},
                new Object[]{"offset", 100_001})) {
            given().auth().oauth2(token).queryParams(query).queryParam((String) bad[0], bad[1]).get(path).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad[0]));
        }
    }

    private static List<Object> page(String token, String path, Map<String, String> query, int limit, int offset, String key) {
        Map<String, Object> q = new HashMap<>(query);
        q.put("limit", limit);
        q.put("offset", offset);
        return given().auth().oauth2(token).queryParams(q).get(path).then().statusCode(200).extract().jsonPath().getList(key);
    }
}

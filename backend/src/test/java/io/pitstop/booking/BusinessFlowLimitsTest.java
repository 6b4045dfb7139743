package io.pitstop.booking;

import io.pitstop.support.BookingFixtures;
import io.pitstop.support.TestAccounts;
import io.pitstop.support.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * One customer cannot take every start time of a day, book for 2099 or flood customer service (issue 9, point 5;
 * OWASP API6, unrestricted access to sensitive business flows).
 */
@QuarkusTest
class BusinessFlowLimitsTest {

    @Inject
    BookingFixtures fixtures;

    @Test
    void bookingsStartWithinTheHorizonAndAvailabilityEndsThere() {
        var customer = fixtures.customerWithVehicle();
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        book(customer.login(), BookingFixtures.booking(customer, type, "2099-01-05T09:00:00+08:00")).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("start"));
        LocalDate beyond = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(70);
        book(customer.login(), BookingFixtures.booking(customer, type, beyond + "T09:00:00+08:00")).then()
                .statusCode(400).body("errors[0].field", equalTo("start"));
        assertThat(BookingFixtures.availability(type, beyond, beyond.plusDays(3)).getList("slots")).isEmpty();
    }

    @Test
    void aCustomerHoldsAtMostFourUpcomingBookingsAndAVehicleTwo() {
        var customer = fixtures.customerWithVehicle();
        String type = fixtures.serviceType("GENERAL_SERVICE", 30);
        List<String> starts = startTimes(type, 6);
        // One vehicle: two bookings, the third is refused.
        book(customer.login(), BookingFixtures.booking(customer, type, starts.get(0))).then().statusCode(201);
        book(customer.login(), BookingFixtures.booking(customer, type, starts.get(1))).then().statusCode(201);
        book(customer.login(), BookingFixtures.booking(customer, type, starts.get(2))).then().statusCode(409)
                .body("type", equalTo("https://pitstop.dev/problems/booking-cap"));
        // Other vehicles: up to four for the customer, then refused.
        book(customer.login(), BookingFixtures.booking(BookingFixtures.addVehicle(customer.login()), type, starts.get(2))).then().statusCode(201);
        book(customer.login(), BookingFixtures.booking(BookingFixtures.addVehicle(customer.login()), type, starts.get(3))).then().statusCode(201);
        book(customer.login(), BookingFixtures.booking(BookingFixtures.addVehicle(customer.login()), type, starts.get(4))).then().statusCode(409)
                .body("type", equalTo("https://pitstop.dev/problems/booking-cap"));
        given().auth().oauth2(customer.login().accessToken()).queryParam("status", "REQUESTED").get("/api/v1/appointments")
                .then().body("size()", equalTo(4));
    }

    @Test
    void aCustomerKeepsAtMostTenVehicles() {
        var login = TestAccounts.customer();
        for (int i = 0; i < 10; i++) {
            BookingFixtures.addVehicle(login);
        }
        given().auth().oauth2(login.accessToken()).contentType(ContentType.JSON)
                .body(BookingFixtures.vehicleBody(BookingFixtures.plate()))
                .post("/api/v1/me/vehicles").then().statusCode(409)
                .body("type", equalTo("https://pitstop.dev/problems/vehicle-cap"));
        given().auth().oauth2(login.accessToken()).get("/api/v1/me/vehicles").then().body("size()", equalTo(10));
    }

    @Test
    void bookingAttemptsAreLimitedPerCustomerAndPerClient() {
        var customer = fixtures.customerWithVehicle();
        String type = fixtures.serviceType("GENERAL_SERVICE", 30);
        String start = startTimes(type, 1).get(0);
        for (int i = 0; i < 10; i++) {
            book(customer.login(), BookingFixtures.booking(UUID.randomUUID().toString(), type, start)).then().statusCode(404);
        }
        Response refused = book(customer.login(), BookingFixtures.booking(customer, type, start));
        refused.then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue());
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);

        // Sixty attempts from one address, by as many customers, and the sixty-first waits.
        String client = TestClients.randomAddress();
        for (int i = 0; i < 60; i++) {
            given().header(TestClients.HEADER, client).auth().oauth2(TestAccounts.customer().accessToken())
                    .contentType(ContentType.JSON).body(BookingFixtures.booking(UUID.randomUUID().toString(), type, start))
                    .post("/api/v1/appointments").then().statusCode(404);
        }
        given().header(TestClients.HEADER, client).auth().oauth2(customer.login().accessToken())
                .contentType(ContentType.JSON).body(BookingFixtures.booking(customer, type, start))
                .post("/api/v1/appointments").then().statusCode(429);
    }

    @Test
    void aCustomerFilesAtMostFiveComplaintsADay() {
        var login = TestAccounts.customer();
        for (int i = 0; i < 5; i++) {
            complain(login).then().statusCode(201);
        }
        complain(login).then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue());
        given().auth().oauth2(login.accessToken()).get("/api/v1/complaints").then().body("size()", equalTo(5));
    }

    @Test
    void oneClientAddressFilesAtMostThirtyComplaintsADay() {
        String client = TestClients.randomAddress();
        for (int c = 0; c < 6; c++) {
            var login = TestAccounts.customer();
            for (int i = 0; i < 5; i++) {
                given().header(TestClients.HEADER, client).auth().oauth2(login.accessToken()).contentType(ContentType.JSON)
                        .body(Map.of("category", "PROCESS", "content", "同一网络的第 " + c + " 位客户")).post("/api/v1/complaints")
                        .then().statusCode(201);
            }
        }
        given().header(TestClients.HEADER, client).auth().oauth2(TestAccounts.customer().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("category", "PROCESS", "content", "第三十一条")).post("/api/v1/complaints")
                .then().statusCode(429);
    }

    private static Response complain(TestAccounts.Login login) {
        return given().auth().oauth2(login.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("category", "PROCESS", "content", "预约流程太复杂"))
                .post("/api/v1/complaints");
    }

    private static Response book(TestAccounts.Login login, Map<String, Object> body) {
        return given().auth().oauth2(login.accessToken()).contentType(ContentType.JSON).body(body).post("/api/v1/appointments");
    }

    /** Distinct start times of the type, on the first days that have them. */
    private static List<String> startTimes(String type, int n) {
        LocalDate day = BookingFixtures.bookableDay(type);
        List<String> starts = BookingFixtures.availability(type, day, day.plusDays(6)).getList("slots.start");
        assertThat(starts).hasSizeGreaterThanOrEqualTo(n);
        return starts.subList(0, n);
    }
}

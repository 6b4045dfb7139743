package io.pitstop.hostile;

import io.pitstop.support.BookingFixtures;
import io.pitstop.support.MutableClock;
import io.pitstop.support.TestAccounts;
import io.pitstop.support.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every rate limit, hit: the attempt beyond it is a 429 problem with {@code Retry-After} within its window, and the
 * limit counts what it was designed to count (a phone from one client, a phone, a client, an account), so the next
 * phone, client or account is not affected. (The limits' finer rules: LoginThrottleTest, ProofOfPhoneTest,
 * BusinessFlowLimitsTest.)
 */
@QuarkusTest
class RateLimitsTest {

    @Inject
    BookingFixtures bookings;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void failedLoginsCountPerPhoneAndClient() {
        var owner = TestAccounts.customer();
        String client = TestClients.randomAddress();
        for (int i = 0; i < 5; i++) {
            login(owner.phone(), "wrong-password1", client).then().statusCode(401);
        }
        throttled(login(owner.phone(), TestAccounts.PASSWORD, client), Duration.ofMinutes(15));
        // The owner elsewhere, and the same client for another phone, are not blocked.
        login(owner.phone(), TestAccounts.PASSWORD, TestClients.randomAddress()).then().statusCode(200);
        login(TestAccounts.customer().phone(), "wrong-password1", client).then().statusCode(401);
    }

    @Test
    void codesCountPerPhoneInTheShortAndTheLongWindow() {
        String phone = TestAccounts.newPhone();
        String client = TestClients.randomAddress();
        code(phone, client).then().statusCode(202);
        throttled(code(phone, client), Duration.ofSeconds(60));
        for (int i = 1; i < 5; i++) {
            clock.advance(Duration.ofSeconds(61));
            code(phone, TestClients.randomAddress()).then().statusCode(202);
        }
        clock.advance(Duration.ofSeconds(61));
        // Five an hour for the phone, from whatever client; another phone from the first client is still served.
        throttled(code(phone, TestClients.randomAddress()), Duration.ofHours(1));
        code(TestAccounts.newPhone(), client).then().statusCode(202);
    }

    @Test
    void registrationsCountPerClient() {
        String client = TestClients.randomAddress();
        for (int i = 0; i < 20; i++) {
            register(client).then().statusCode(400);
        }
        throttled(register(client), Duration.ofHours(1));
        register(TestClients.randomAddress()).then().statusCode(400);
    }

    @Test
    void bookingAttemptsCountPerAccount() {
        var customer = bookings.customerWithVehicle();
        String type = bookings.serviceType("GENERAL_SERVICE", 30);
        var day = BookingFixtures.bookableDay(type);
        String start = BookingFixtures.availability(type, day, day).getList("slots.start").get(0).toString();
        String client = TestClients.randomAddress();
        for (int i = 0; i < 10; i++) {
            book(customer.login(), client, BookingFixtures.booking(UUID.randomUUID().toString(), type, start)).then().statusCode(404);
        }
        throttled(book(customer.login(), client, BookingFixtures.booking(customer, type, start)), Duration.ofHours(1));
        // Another customer from the same address is not held back by the first one's attempts.
        book(TestAccounts.customer(), client, BookingFixtures.booking(UUID.randomUUID().toString(), type, start)).then().statusCode(404);
    }

    @Test
    void complaintsFiledInTheAppCountPerCustomer() {
        var login = TestAccounts.customer();
        String client = TestClients.randomAddress();
        for (int i = 0; i < 5; i++) {
            complain(login, client).then().statusCode(201);
        }
        throttled(complain(login, client), Duration.ofDays(1));
        complain(TestAccounts.customer(), client).then().statusCode(201);
    }

    private static void throttled(Response r, Duration window) {
        r.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://pitstop.dev/problems/throttled"))
                .body("status", equalTo(429));
        assertThat(Long.parseLong(r.header("Retry-After"))).isBetween(1L, window.toSeconds());
    }

    private static Response login(String phone, String password, String client) {
        return given().header(TestClients.HEADER, client).contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "password", password)).post("/api/v1/auth/login");
    }

    private static Response code(String phone, String client) {
        return given().header(TestClients.HEADER, client).contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "purpose", "REGISTER")).post("/api/v1/auth/phone-codes");
    }

    private static Response register(String client) {
        return given().header(TestClients.HEADER, client).contentType(ContentType.JSON)
                .body(Map.of("phone", TestAccounts.newPhone(), "name", "批量", "password", TestAccounts.PASSWORD, "code", "000000"))
                .post("/api/v1/auth/register");
    }

    private static Response book(TestAccounts.Login who, String client, Map<String, Object> body) {
        return given().header(TestClients.HEADER, client).auth().oauth2(who.accessToken()).contentType(ContentType.JSON)
                .body(body).post("/api/v1/appointments");
    }

    private static Response complain(TestAccounts.Login who, String client) {
        return given().header(TestClients.HEADER, client).auth().oauth2(who.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("category", "PROCESS", "content", "预约流程太复杂")).post("/api/v1/complaints");
    }
}

package io.pitstop.identity;

import io.pitstop.support.MutableClock;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class LoginThrottleTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fiveFailedLoginsThrottleTheSixthWithRetryAfter() {
        var customer = TestAccounts.customer();
        for (int i = 0; i < 5; i++) {
            attempt(customer.phone(), "wrong-password1").then().statusCode(401);
        }
        var throttled = attempt(customer.phone(), TestAccounts.PASSWORD).then()
                .statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://pitstop.dev/problems/throttled"))
                .extract();
        long retryAfter = Long.parseLong(throttled.header("Retry-After"));
        assertThat(retryAfter).isBetween(60L, 15 * 60L);
    }

    @Test
    void throttleLiftsWhenTheBlockIsOver() {
        var customer = TestAccounts.customer();
        for (int i = 0; i < 5; i++) {
            attempt(customer.phone(), "wrong-password1").then().statusCode(401);
        }
        attempt(customer.phone(), TestAccounts.PASSWORD).then().statusCode(429);
        clock.advance(Duration.ofMinutes(16));
        attempt(customer.phone(), TestAccounts.PASSWORD).then().statusCode(200);
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotThrottle() {
        var customer = TestAccounts.customer();
        for (int i = 0; i < 4; i++) {
            attempt(customer.phone(), "wrong-password1").then().statusCode(401);
        }
        clock.advance(Duration.ofMinutes(16));
        for (int i = 0; i < 4; i++) {
            attempt(customer.phone(), "wrong-password1").then().statusCode(401);
        }
        attempt(customer.phone(), TestAccounts.PASSWORD).then().statusCode(200);
    }

    @Test
    void aSuccessfulLoginClearsEarlierFailures() {
        var customer = TestAccounts.customer();
        for (int i = 0; i < 4; i++) {
            attempt(customer.phone(), "wrong-password1").then().statusCode(401);
        }
        attempt(customer.phone(), TestAccounts.PASSWORD).then().statusCode(200);
        for (int i = 0; i < 4; i++) {
            attempt(customer.phone(), "wrong-password1").then().statusCode(401);
        }
        attempt(customer.phone(), TestAccounts.PASSWORD).then().statusCode(200);
    }

    @Test
    void aStrangerCannotLockTheOwnerOut() {
        var owner = TestAccounts.customer();
        for (int i = 0; i < 5; i++) {
            attempt(owner.phone(), "wrong-password1").then().statusCode(401);
        }
        attempt(owner.phone(), TestAccounts.PASSWORD).then().statusCode(429);
        // The owner, on their own network, is not affected by the stranger's failures.
        given().header(io.pitstop.support.TestClients.HEADER, io.pitstop.support.TestClients.randomAddress())
                .contentType(ContentType.JSON).body(Map.of("phone", owner.phone(), "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200);
    }

    @Test
    void underADistributedGuessOnlyADeviceTheOwnerUsedBeforeMayStillLogIn() {
        var owner = TestAccounts.customer();
        String device = given().contentType(ContentType.JSON)
                .body(Map.of("phone", owner.phone(), "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("deviceToken");
        assertThat(device).isNotBlank();
        // Twenty strangers, each from an address of their own, one wrong guess each.
        for (int i = 0; i < 20; i++) {
            given().contentType(ContentType.JSON).body(Map.of("phone", owner.phone(), "password", "guess-" + i + "x"))
                    .post("/api/v1/auth/login").then().statusCode(401);
        }
        given().contentType(ContentType.JSON).body(Map.of("phone", owner.phone(), "password", "guess-21x"))
                .post("/api/v1/auth/login").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // The right password from an unknown device waits too; from the owner's phone it goes through.
        given().contentType(ContentType.JSON).body(Map.of("phone", owner.phone(), "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(429);
        given().contentType(ContentType.JSON)
                .body(Map.of("phone", owner.phone(), "password", TestAccounts.PASSWORD, "deviceToken", device))
                .post("/api/v1/auth/login").then().statusCode(200)
                .body("deviceToken", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void oneClientGuessingManyPhonesIsStopped() {
        for (int i = 0; i < 30; i++) {
            attempt(TestAccounts.newPhone(), "spray-password1").then().statusCode(401);
        }
        attempt(TestAccounts.newPhone(), "spray-password1").then().statusCode(429);
    }

    /** One client per test: the throttle counts failures per phone and client. */
    private final String client = io.pitstop.support.TestClients.randomAddress();

    private io.restassured.response.Response attempt(String phone, String password) {
        return given().header(io.pitstop.support.TestClients.HEADER, client).contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "password", password))
                .post("/api/v1/auth/login");
    }
}

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

    private static io.restassured.response.Response attempt(String phone, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "password", password))
                .post("/api/v1/auth/login");
    }
}

package io.pitstop.hostile;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;

/**
 * Cross-origin requests are admitted only from the configured origins ({@code PITSTOP_CORS_ORIGINS}; the test profile
 * lists https://partner.example): a preflight from it gets the CORS headers, one from any other origin gets none, and
 * a request from another origin is refused; the SPA's own origin needs no CORS at all.
 */
@QuarkusTest
class CorsTest {

    private static final String ALLOWED = "https://partner.example";

    @Test
    void aPreflightFromAConfiguredOriginIsAnswered() {
        given().header("Origin", ALLOWED).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/v1/appointments").then()
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Allow-Methods", containsString("POST"));
        given().header("Origin", ALLOWED).get("/api/v1/shop").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED));
    }

    @Test
    void anyOtherOriginGetsNoCorsHeadersAndItsRequestsAreRefused() {
        for (String origin : new String[]{"https://evil.example", "https://partner.example.evil.example", "http://partner.example", "null"}) {
            given().header("Origin", origin).header("Access-Control-Request-Method", "POST")
                    .options("/api/v1/appointments").then()
                    .header("Access-Control-Allow-Origin", nullValue())
                    .header("Access-Control-Allow-Credentials", not(equalTo("true")));
            given().header("Origin", origin).get("/api/v1/shop").then()
                    .statusCode(403)
                    .header("Access-Control-Allow-Origin", nullValue());
        }
    }

    @Test
    void theSameOriginNeedsNoConfiguration() {
        String self = "http://localhost:" + io.restassured.RestAssured.port;
        given().header("Origin", self).get("/api/v1/shop").then().statusCode(200);
    }
}

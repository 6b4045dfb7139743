package io.pitstop.common;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** Health and metrics are for operations, on the management port; the public port does not show them. */
@QuarkusTest
class HealthAndOperationsTest {

    // The management interface's URLs already start at its root, /q.
    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "/health/live", management = true)
    URL live;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void readinessIsUpAndIncludesTheDatabase() {
        given().get(ready).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Reactive PostgreSQL")));
    }

    @Test
    void livenessIsUp() {
        given().get(live).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsAreExposedOnTheManagementPort() {
        given().get("/api/v1/shop").then().statusCode(200);
        given().get(metrics).then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void healthAndMetricsAreNotOnThePublicPort() {
        given().get("/q/metrics").then().statusCode(404).contentType(containsString("application/problem+json"));
        given().get("/q/health").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
    }

    @Test
    void everyResponseCarriesARequestIdAndHonoursTheCallers() {
        given().get("/api/v1/shop").then().header(RequestIds.HEADER, notNullValue());
        given().header(RequestIds.HEADER, "trace-abc-12345").get("/api/v1/shop")
                .then().header(RequestIds.HEADER, equalTo("trace-abc-12345"));
    }

    @Test
    void swaggerUiIsServed() {
        given().redirects().follow(true).get("/q/swagger-ui").then().statusCode(200).body(containsString("swagger"));
    }
}

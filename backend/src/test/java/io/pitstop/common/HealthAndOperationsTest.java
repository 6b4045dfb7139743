package io.pitstop.common;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class HealthAndOperationsTest {

    @Test
    void readinessIsUpAndIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Reactive PostgreSQL")));
    }

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().get("/api/v1/shop").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
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

package io.pitstop.common;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class SpaRoutingTest {

    @Test
    void appRoutesServeTheSpaOnReload() {
        String index = given().get("/").then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        String deepLink = given().get("/shop").then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertThat(deepLink).isEqualTo(index);
    }

    @Test
    void missingAssetsStayNotFound() {
        given().get("/assets/no-such-file.js").then().statusCode(404);
    }

    @Test
    void apiPathsAreNotRoutedToTheSpa() {
        given().get("/api/v1/unknown").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void routeDecisionIgnoresApiManagementAndFiles() {
        assertThat(SpaRouting.isAppRoute("/bookings/42")).isTrue();
        assertThat(SpaRouting.isAppRoute("/api/v1/me")).isFalse();
        assertThat(SpaRouting.isAppRoute("/q/health")).isFalse();
        assertThat(SpaRouting.isAppRoute("/favicon.ico")).isFalse();
        assertThat(SpaRouting.isAppRoute("/")).isFalse();
    }
}

package io.pitstop.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ProblemAnswersTest {

    @Test
    void malformedJsonIsAProblemAboutTheBody() {
        given().contentType(ContentType.JSON).body("{\"phone\": ")
                .post("/api/v1/auth/login")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"))
                .body("requestId", notNullValue());
    }

    @Test
    void missingBodyIsAProblem() {
        given().contentType(ContentType.JSON)
                .post("/api/v1/auth/login")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownApiPathIsANotFoundProblem() {
        given().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void wrongMethodIsAProblem() {
        given().delete("/api/v1/me").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void wrongContentTypeIsAProblem() {
        given().contentType(ContentType.XML).body("<login/>")
                .post("/api/v1/auth/login")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void problemsNeverCarryStackTraces() {
        given().contentType(ContentType.JSON).body("{\"phone\": [1,2,3], \"password\": {}}")
                .post("/api/v1/auth/login")
                .then().statusCode(400)
                .body(not(containsString("Exception")))
                .body(not(containsString("at io.")));
    }
}

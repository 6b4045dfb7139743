package io.pitstop.identity;

import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class AuthFlowTest {

    @Test
    void registeredCustomerIsLoggedInAndKnowsWhoTheyAre() {
        String phone = TestAccounts.newPhone();
        String code = TestAccounts.requestCode(phone);
        var body = given().contentType(ContentType.JSON)
                .body(Map.of("phone", "+86" + phone, "name", " 王小明 ", "password", "Secret2026", "code", code))
                .post("/api/v1/auth/register")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/me"))
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(900))
                .body("user.role", equalTo("CUSTOMER"))
                .body("user.phone", equalTo(phone))
                .extract().jsonPath();

        given().auth().oauth2(body.getString("accessToken")).get("/api/v1/me")
                .then().statusCode(200)
                .body("name", equalTo("王小明"))
                .body("phone", equalTo(phone))
                .body("role", equalTo("CUSTOMER"));
    }


    @Test
    void loginWithTheRightPasswordStartsASession() {
        var customer = TestAccounts.customer();
        given().contentType(ContentType.JSON)
                .body(Map.of("phone", customer.phone(), "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/login")
                .then().statusCode(200)
                .body("user.id", equalTo(customer.id()))
                .body("accessToken", startsWith("eyJ"));
    }

    @Test
    void loginWithAWrongPasswordOrUnknownPhoneIsUnauthorizedAlike() {
        var customer = TestAccounts.customer();
        String wrongPassword = given().contentType(ContentType.JSON)
                .body(Map.of("phone", customer.phone(), "password", "not-the-password1"))
                .post("/api/v1/auth/login")
                .then().statusCode(401).contentType("application/problem+json")
                .extract().path("detail");
        String unknownPhone = given().contentType(ContentType.JSON)
                .body(Map.of("phone", TestAccounts.newPhone(), "password", "not-the-password1"))
                .post("/api/v1/auth/login")
                .then().statusCode(401)
                .extract().path("detail");
        assertThat(wrongPassword).isEqualTo(unknownPhone);
    }

    @Test
    void refreshRotatesTheRefreshToken() {
        var customer = TestAccounts.customer();
        var rotated = given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", customer.refreshToken()))
                .post("/api/v1/auth/refresh")
                .then().statusCode(200).extract().jsonPath();
        assertThat(rotated.getString("refreshToken")).isNotEqualTo(customer.refreshToken());
        given().auth().oauth2(rotated.getString("accessToken")).get("/api/v1/me").then().statusCode(200);

        // The successor works in its turn.
        given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", rotated.getString("refreshToken")))
                .post("/api/v1/auth/refresh")
                .then().statusCode(200);
    }

    @Test
    void reusingARefreshTokenRevokesTheWholeFamily() {
        var customer = TestAccounts.customer();
        String successor = given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", customer.refreshToken()))
                .post("/api/v1/auth/refresh")
                .then().statusCode(200).extract().path("refreshToken");

        // A thief replays the old token: refused...
        given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", customer.refreshToken()))
                .post("/api/v1/auth/refresh")
                .then().statusCode(401).contentType("application/problem+json");
        // ...and the legitimate successor is dead too: the session family is over.
        given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", successor))
                .post("/api/v1/auth/refresh")
                .then().statusCode(401);
    }

    @Test
    void logoutEndsTheSession() {
        var customer = TestAccounts.customer();
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", customer.refreshToken()))
                .post("/api/v1/auth/logout").then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", customer.refreshToken()))
                .post("/api/v1/auth/refresh").then().statusCode(401);
    }

    @Test
    void unknownRefreshTokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", "no-such-token"))
                .post("/api/v1/auth/refresh").then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void foreignPhoneNumbersInE164AreAccepted() {
        String phone = "+44" + TestAccounts.newPhone().substring(1);
        String code = TestAccounts.requestCode(phone);
        given().contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "name", "Oliver", "password", "Secret2026", "code", code))
                .post("/api/v1/auth/register")
                .then().statusCode(201).body("user.phone", equalTo(phone));
    }

    @Test
    void registrationProblemNamesEveryInvalidField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("phone", "12345", "name", "", "password", "short"))
                .post("/api/v1/auth/register")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://pitstop.dev/problems/validation"))
                .body("status", equalTo(400))
                .body("errors.field", hasItem("phone"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("password"))
                .body("errors.field", hasItem("code"));
    }
}

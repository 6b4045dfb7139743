package io.pitstop.common;

import io.pitstop.identity.Role;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.Db;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Input that crashed or hung the API when it was probed from outside: each is now a 400 problem naming the field at
 * fault, and changes nothing (issue 9, point 4).
 */
@QuarkusTest
class HostileInputTest {

    @Inject
    TestAccounts accounts;

    /** A client that gives up after 10 s: a hang is a failure, not a stuck build. */
    private static RequestSpecification impatient() {
        return given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 10_000).setParam("http.connection.timeout", 10_000)));
    }

    @Test
    void aTokenRequestWithBadPercentEncodingIsAnsweredNotLeftHanging() {
        impatient().urlEncodingEnabled(false).contentType("application/x-www-form-urlencoded").body("grant_type=%ZZ")
                .post("/api/v1/auth/token").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("grant_type"));
    }

    @Test
    void aHugeFormFieldIsA400NamingIt() {
        impatient().contentType("application/x-www-form-urlencoded")
                .body("grant_type=client_credentials&client_id=" + "a".repeat(100_000))
                .post("/api/v1/auth/token").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("client_id"));
    }

    @Test
    void aControlCharacterOrARepeatedFieldInTheTokenFormIsA400() {
        impatient().urlEncodingEnabled(false).contentType("application/x-www-form-urlencoded")
                .body("grant_type=client_credentials&client_id=pc%00x&client_secret=s")
                .post("/api/v1/auth/token").then().statusCode(400).body("errors[0].field", equalTo("client_id"));
        impatient().contentType("application/x-www-form-urlencoded")
                .body("grant_type=client_credentials&grant_type=password")
                .post("/api/v1/auth/token").then().statusCode(400).body("errors[0].field", equalTo("grant_type"));
    }

    @Test
    void duplicateJsonKeysAreA400NamingTheKey() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body("{\"password\":\"x\",\"phone\":\"1\",\"password\":\"y\"}")
                .post("/api/v1/auth/login").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("password"))
                .body("errors[0].message", containsString("more than once"));
        var customer = TestAccounts.customer();
        given().auth().oauth2(customer.accessToken()).contentType(ContentType.JSON)
                .body("{\"plate\":\"沪A12345\",\"plate\":\"沪B54321\",\"vin\":\"" + BookingFixtures.vin()
                        + "\",\"make\":\"大众\",\"model\":\"朗逸\",\"year\":2021,\"mileageKm\":1}")
                .post("/api/v1/me/vehicles").then().statusCode(400).body("errors[0].field", equalTo("plate"));
        given().auth().oauth2(customer.accessToken()).get("/api/v1/me/vehicles").then().body("size()", equalTo(0));
    }

    @Test
    void aNulCharacterInABodyQueryPathOrFormIsA400AndStoresNothing() {
        var customer = TestAccounts.customer();
        Map<String, Object> car = new HashMap<>(BookingFixtures.vehicleBody(BookingFixtures.plate()));
        car.put("make", "大众\u0000");
        given().auth().oauth2(customer.accessToken()).contentType(ContentType.JSON).body(car)
                .post("/api/v1/me/vehicles").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("make"));
        given().auth().oauth2(customer.accessToken()).get("/api/v1/me/vehicles").then().body("size()", equalTo(0));

        var advisor = accounts.staff(Role.ADVISOR);
        given().auth().oauth2(advisor.accessToken()).urlEncodingEnabled(false).get("/api/v1/customers?phone=139%0012345678")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("phone"));
        var manager = accounts.staff(Role.MANAGER);
        given().auth().oauth2(manager.accessToken()).urlEncodingEnabled(false).contentType(ContentType.JSON)
                .body("{\"reason\":\"x\"}")
                .put("/api/v1/shop/closed-days/2031-01-0%001").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("path"));
        given().auth().oauth2(customer.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("category", "ATTITUDE", "content", "态度\u0000很差"))
                .post("/api/v1/complaints").then().statusCode(400).body("errors[0].field", equalTo("content"));
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "伙伴\u0000", "scopes", List.of("bookings:read")))
                .post("/api/v1/partner-clients").then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void closingEveryWeekdayIsA400AndTheHoursStay() {
        var manager = accounts.staff(Role.MANAGER);
        var shop = given().get("/api/v1/shop").then().statusCode(200).extract().jsonPath();
        List<Object> hours = shop.getList("openingHours");
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("name", shop.getString("name"), "timeZone", shop.getString("timeZone"),
                        "phone", shop.getString("phone"), "address", shop.getString("address"), "openingHours", List.of()))
                .put("/api/v1/shop").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("openingHours"));
        given().get("/api/v1/shop").then().body("openingHours.size()", equalTo(hours.size()));
    }

    @Test
    void aPartnerTokenOnTheInboxIsForbiddenNotACrash() {
        var manager = accounts.staff(Role.MANAGER);
        var created = given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "车友宝", "scopes", List.of("bookings:read")))
                .post("/api/v1/partner-clients").then().statusCode(201).extract().jsonPath();
        String token = given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", created.getString("clientId")).formParam("client_secret", created.getString("clientSecret"))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(token).get("/api/v1/notifications").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(token).get("/api/v1/notifications/unread-count").then().statusCode(403);
        given().auth().oauth2(token).post("/api/v1/notifications/" + UUID.randomUUID() + "/read").then().statusCode(403);
    }

    @Test
    void malformedDatesAndValuesInTheQueryAreA400NamingTheParameter() {
        given().queryParam("serviceType", "MINOR_SERVICE").queryParam("from", "2026-02-30").queryParam("to", "2026-03-01")
                .get("/api/v1/availability").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"));
        given().queryParam("serviceType", "MINOR_SERVICE").queryParam("emergency", "maybe")
                .get("/api/v1/availability").then().statusCode(400).body("errors[0].field", equalTo("emergency"));
        var advisor = accounts.staff(Role.ADVISOR);
        given().auth().oauth2(advisor.accessToken()).queryParam("from", "yesterday").get("/api/v1/appointments")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(advisor.accessToken()).queryParam("status", "LOST").get("/api/v1/appointments")
                .then().statusCode(400).body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("REQUESTED"));
        given().auth().oauth2(advisor.accessToken()).queryParam("day", "2026-13-01").get("/api/v1/repair-orders")
                .then().statusCode(400).body("errors[0].field", equalTo("day"));
    }

    @Test
    void scalarsOfTheWrongJsonTypeAreRefused() {
        var manager = accounts.staff(Role.MANAGER);
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body("{\"code\":\"T" + (System.nanoTime() % 100000) + "\",\"name\":true,\"skills\":[\"GENERAL_SERVICE\"]}")
                .post("/api/v1/shop/bays").then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body("{\"code\":\"T" + (System.nanoTime() % 100000) + "\",\"name\":42,\"skills\":[\"GENERAL_SERVICE\"]}")
                .post("/api/v1/shop/bays").then().statusCode(400).body("errors[0].field", equalTo("name"));
        var customer = TestAccounts.customer();
        Map<String, Object> car = new HashMap<>(BookingFixtures.vehicleBody(BookingFixtures.plate()));
        car.put("year", 2020.5);
        given().auth().oauth2(customer.accessToken()).contentType(ContentType.JSON).body(car)
                .post("/api/v1/me/vehicles").then().statusCode(400).body("errors[0].field", equalTo("year"));
        assertThat(Db.query("select 1 from bay where name in ('true', '42')")).isEmpty();
    }

    @Test
    void oversizedAndMalformedRequestsGetProblemsNotEmptyBodies() {
        given().contentType(ContentType.JSON).body("{\"phone\":\"" + "1".repeat(12 * 1024 * 1024) + "\"}")
                .post("/api/v1/auth/login").then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413));
        given().queryParam("x", "a".repeat(9000)).get("/api/v1/shop").then().statusCode(414)
                .contentType("application/problem+json").body("status", equalTo(414));
        given().header("X-Padding", "a".repeat(20_000)).get("/api/v1/shop").then().statusCode(431)
                .contentType("application/problem+json").body("status", equalTo(431));
        // No HTTP library sends a malformed escape: over a plain socket.
        String badPath = raw("GET /api/v1/shop%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(badPath).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("\"status\":400");
        String badQuery = raw("GET /api/v1/availability?serviceType=%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(badQuery).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("\"field\":\"serviceType\"");
    }

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;

    private String raw(String request) {
        try (var socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package io.pitstop.shop;

import io.pitstop.identity.Role;
import io.pitstop.support.TestAccounts;
import io.pitstop.support.TestShop;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ShopConfigurationTest {

    @Inject
    TestAccounts accounts;

    private TestAccounts.Login manager;
    private Map<String, Object> original;

    @BeforeEach
    void rememberSettings() {
        manager = accounts.staff(Role.MANAGER);
        TestShop.open(manager);
        JsonPath shop = given().get("/api/v1/shop").then().statusCode(200).extract().jsonPath();
        original = Map.of("name", shop.getString("name"), "timeZone", shop.getString("timeZone"),
                "phone", shop.getString("phone"), "address", shop.getString("address"),
                "openingHours", shop.getList("openingHours"));
    }

    @AfterEach
    void restoreSettings() {
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON).body(original)
                .put("/api/v1/shop").then().statusCode(200);
    }

    @Test
    void anyoneCanReadTheShopWithoutLoggingIn() {
        given().get("/api/v1/shop").then().statusCode(200)
                .body("timeZone", equalTo("Asia/Shanghai"));
    }

    @Test
    void managerChangesHoursAndAWeekdayLeftOutIsClosed() {
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "测试店", "timeZone", "Asia/Shanghai", "phone", "021-1", "address", "路 1 号",
                        "openingHours", List.of(
                                Map.of("dayOfWeek", "MONDAY", "opens", "08:00", "closes", "17:30"),
                                Map.of("dayOfWeek", "SATURDAY", "opens", "09:00", "closes", "12:00"))))
                .put("/api/v1/shop")
                .then().statusCode(200)
                .body("name", equalTo("测试店"))
                .body("openingHours.size()", equalTo(2))
                .body("openingHours[0].dayOfWeek", equalTo("MONDAY"))
                .body("openingHours[0].opens", equalTo("08:00"))
                .body("openingHours.dayOfWeek", not(hasItem("SUNDAY")));
    }

    @Test
    void closingBeforeOpeningNamesTheField() {
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "timeZone", "Asia/Shanghai", "phone", "", "address", "",
                        "openingHours", List.of(Map.of("dayOfWeek", "MONDAY", "opens", "18:00", "closes", "08:00"))))
                .put("/api/v1/shop")
                .then().statusCode(400).body("errors[0].field", equalTo("openingHours[0].closes"));
        given().get("/api/v1/shop").then().body("name", equalTo(original.get("name")));
    }

    @Test
    void unknownTimeZoneNamesTheField() {
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "timeZone", "Mars/Olympus", "phone", "", "address", "", "openingHours", List.of()))
                .put("/api/v1/shop")
                .then().statusCode(400).body("errors[0].field", equalTo("timeZone"));
    }

    @Test
    void unknownWeekdayNamesTheField() {
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "timeZone", "Asia/Shanghai", "phone", "", "address", "",
                        "openingHours", List.of(Map.of("dayOfWeek", "FUNDAY", "opens", "08:00", "closes", "18:00"))))
                .put("/api/v1/shop")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("openingHours[0].dayOfWeek"));
    }

    @Test
    void advisorCannotChangeTheShop() {
        var advisor = accounts.staff(Role.ADVISOR);
        given().auth().oauth2(advisor.accessToken()).contentType(ContentType.JSON).body(original)
                .put("/api/v1/shop").then().statusCode(403);
    }

    @Test
    void managerAddsABayAndItsCodeIsUnique() {
        String code = "T" + System.nanoTime() % 100000;
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Test bay", "skills", List.of("EV_HIGH_VOLTAGE", "DIAGNOSTICS")))
                .post("/api/v1/shop/bays")
                .then().statusCode(201).body("skills", equalTo(List.of("DIAGNOSTICS", "EV_HIGH_VOLTAGE")));
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Again", "skills", List.of("BODY_PAINT")))
                .post("/api/v1/shop/bays")
                .then().statusCode(409);
        given().get("/api/v1/shop").then().body("bays.code", hasItem(code));
    }

    @Test
    void theShopAndABayCarryAnEnglishNameKeptWhenAnUpdateLeavesItOutAndClearedWhenBlank() {
        Map<String, Object> settings = new java.util.HashMap<>(original);
        settings.put("nameEn", "Xingtu Auto 4S");
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON).body(settings).put("/api/v1/shop").then().statusCode(200);
        given().get("/api/v1/shop").then().body("nameEn", equalTo("Xingtu Auto 4S"));
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON).body(original).put("/api/v1/shop").then().statusCode(200);
        given().get("/api/v1/shop").then().body("nameEn", equalTo("Xingtu Auto 4S"));
        settings.put("nameEn", " ");
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON).body(settings).put("/api/v1/shop").then().statusCode(200);
        given().get("/api/v1/shop").then().body("nameEn", org.hamcrest.Matchers.nullValue());

        String code = "E" + System.nanoTime() % 100000;
        String id = given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "快修 9 号", "nameEn", "Quick service 9", "skills", List.of("GENERAL_SERVICE")))
                .post("/api/v1/shop/bays").then().statusCode(201).body("nameEn", equalTo("Quick service 9")).extract().path("id");
        given().get("/api/v1/shop").then().body("bays.find { it.code == '" + code + "' }.nameEn", equalTo("Quick service 9"));
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "快修 9 号", "nameEn", "x".repeat(61), "skills", List.of("GENERAL_SERVICE")))
                .put("/api/v1/shop/bays/" + id).then().statusCode(400).body("errors[0].field", equalTo("nameEn"));
    }

    @Test
    void bayWithoutSkillsIsRejected() {
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("code", "X1", "name", "No skills", "skills", List.of()))
                .post("/api/v1/shop/bays")
                .then().statusCode(400).body("errors[0].field", equalTo("skills"));
    }

    @Test
    void managerDefinesAServiceTypeWithADurationInQuarterHours() {
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("nameZh", "刹车检查", "nameEn", "Brake check", "durationMinutes", 45, "skill", "GENERAL_SERVICE"))
                .put("/api/v1/shop/service-types/BRAKE_CHECK_T")
                .then().statusCode(200).body("durationMinutes", equalTo(45)).body("active", equalTo(true));
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("nameZh", "刹车检查", "nameEn", "Brake check", "durationMinutes", 50, "skill", "GENERAL_SERVICE"))
                .put("/api/v1/shop/service-types/BRAKE_CHECK_T")
                .then().statusCode(400).body("errors[0].field", equalTo("durationMinutes"));
    }

    @Test
    void closedDayIsListedAndCanBeReopened() {
        String day = "2030-05-01";
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("reason", "劳动节 Labour Day"))
                .put("/api/v1/shop/closed-days/" + day)
                .then().statusCode(200).body("date", equalTo(day));
        given().get("/api/v1/shop").then().body("closedDays.date", hasItem(day));
        given().auth().oauth2(manager.accessToken()).delete("/api/v1/shop/closed-days/" + day).then().statusCode(204);
        given().get("/api/v1/shop").then().body("closedDays.date", not(hasItem(day)));
    }
}

package io.pitstop.support;

import io.restassured.http.ContentType;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The shop the tests work in: the migrations create it without hours (a shop nobody set up is closed), so the first
 * test that books opens it, every day 08:30-18:00 in Shanghai, through the manager's API. Bays and service types are
 * each test's own ({@link BookingFixtures}).
 */
public final class TestShop {

    public static final List<Map<String, String>> OPENING_HOURS = Arrays.stream(DayOfWeek.values())
            .map(d -> Map.of("dayOfWeek", d.name(), "opens", "08:30", "closes", "18:00")).toList();

    private static volatile boolean open;

    private TestShop() {
    }

    /** Opens the shop once per test run; a test that changes the settings puts these back ({@link #settings()}). */
    public static synchronized void open(TestAccounts.Login manager) {
        if (open) {
            return;
        }
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON).body(settings())
                .put("/api/v1/shop").then().statusCode(200);
        open = true;
    }

    public static Map<String, Object> settings() {
        return Map.of("name", "测试 4S 店", "timeZone", "Asia/Shanghai", "phone", "021-55550000",
                "address", "上海市测试路 1 号", "openingHours", OPENING_HOURS);
    }
}

package io.pitstop.booking;

import io.pitstop.support.BookingFixtures;
import io.pitstop.support.MutableClock;
import io.pitstop.support.TestShop;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * An emergency while the shop is closed gets a real route: the shop's rescue line and the first slots at opening,
 * never an empty "within the hour" at night.
 */
@QuarkusTest
class EmergencyWhileClosedTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    BookingFixtures fixtures;

    @Inject
    MutableClock clock;

    @AfterEach
    void putBack() {
        clock.reset();
        given().auth().oauth2(fixtures.manager().accessToken()).contentType(ContentType.JSON).body(TestShop.settings())
                .put("/api/v1/shop").then().statusCode(200);
    }

    @Test
    void atNightTheFastLaneOffersTheRescueLineAndTheFirstSlotsAtOpening() {
        var manager = fixtures.manager();
        Map<String, Object> settings = new HashMap<>(TestShop.settings());
        settings.put("emergencyPhone", " 400-800-1234 ");
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON).body(settings)
                .put("/api/v1/shop").then().statusCode(200).body("emergencyPhone", equalTo("400-800-1234"));
        assertThat(given().get("/api/v1/shop").then().statusCode(200).extract().<String>path("emergencyPhone")).isEqualTo("400-800-1234");

        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        var customer = fixtures.customerWithVehicle();
        clock.forwardTo(LocalTime.of(23, 30), SHANGHAI);
        ZonedDateTime opening = clock.instant().atZone(SHANGHAI).plusDays(1).with(LocalTime.of(8, 30));

        JsonPath offer = given().queryParam("serviceType", type).queryParam("emergency", true).get("/api/v1/availability")
                .then().statusCode(200).extract().jsonPath();
        assertThat(OffsetDateTime.parse(offer.getString("opensAt")).toInstant()).isEqualTo(opening.toInstant());
        assertThat(offer.getString("emergencyPhone")).isEqualTo("400-800-1234");
        assertThat(offer.getList("slots")).isNotEmpty();
        OffsetDateTime first = OffsetDateTime.parse(offer.getString("slots[0].start"));
        assertThat(first.toInstant()).isEqualTo(opening.toInstant());
        // Every offer lies within the fast lane's hour from opening, none at night.
        for (String s : offer.<String>getList("slots.start")) {
            var at = OffsetDateTime.parse(s).atZoneSameInstant(SHANGHAI).toLocalTime();
            assertThat(at).isBetween(LocalTime.of(8, 30), LocalTime.of(9, 30));
        }

        given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("vehicleId", customer.vehicleId(), "serviceType", type, "start", first.toString(),
                        "faultDescription", "车辆无法启动", "channel", "APP", "emergency", true))
                .post("/api/v1/appointments").then().statusCode(201).body("emergency", equalTo(true));
    }

    @Test
    void whileOpenTheFastLaneIsTheNextHourWithoutAnOpeningTime() {
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        clock.forwardTo(LocalTime.of(10, 0), SHANGHAI);
        JsonPath offer = given().queryParam("serviceType", type).queryParam("emergency", true).get("/api/v1/availability")
                .then().statusCode(200).extract().jsonPath();
        assertThat(offer.getString("opensAt")).isNull();
        assertThat(offer.getList("slots")).isNotEmpty();
        assertThat(OffsetDateTime.parse(offer.getString("slots[0].start")).toInstant())
                .isBefore(clock.instant().plus(java.time.Duration.ofMinutes(61)));
    }

    @Test
    void aRescueLineLongerThanAPhoneNumberIsRefusedNamingTheField() {
        Map<String, Object> settings = new HashMap<>(TestShop.settings());
        settings.put("emergencyPhone", "4".repeat(21));
        given().auth().oauth2(fixtures.manager().accessToken()).contentType(ContentType.JSON).body(settings)
                .put("/api/v1/shop").then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.containsString("emergencyPhone"));
    }
}

package io.pitstop.shop;

import io.pitstop.support.BookingFixtures;
import io.pitstop.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.pitstop.support.BookingFixtures.bookableDay;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shop's setup is held in memory for availability and bookings (ShopSnapshots): a change made through this
 * instance shows in its very next answer, and a change committed anywhere else (another instance, a script) reaches it
 * through the setup tables' trigger and LISTEN/NOTIFY, without waiting for the copy to age.
 */
@QuarkusTest
class ShopScheduleCacheTest {

    @Inject
    BookingFixtures fixtures;

    @Test
    void aChangeThroughThisInstanceShowsInItsNextAnswer() {
        String type = fixtures.serviceType("DIAGNOSTICS", 60);
        LocalDate day = bookableDay(type);
        availability(type, day).then().statusCode(200);

        given().auth().oauth2(fixtures.manager().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("nameZh", "测试服务", "nameEn", "Test service", "durationMinutes", 60, "skill", "DIAGNOSTICS",
                        "active", false))
                .put("/api/v1/shop/service-types/" + type).then().statusCode(200);

        availability(type, day).then().statusCode(400);
    }

    @Test
    void aChangeCommittedElsewhereReachesThisInstanceThroughNotify() throws Exception {
        String type = fixtures.serviceType("ELECTRICAL", 45);
        LocalDate day = bookableDay(type);
        String firstStart = availability(type, day).then().statusCode(200).extract().path("slots[0].start");
        assertThat(firstStart).isNotNull();

        // As another instance or psql would: straight to the table, nothing of this instance involved.
        assertThat(Db.update("update service_type set duration_minutes = 480 where code = ?", type)).isEqualTo(1);

        // The copy is kept for a minute otherwise; the notification makes the change visible at once. Bounded wait
        // for the asynchronous delivery (no timing is asserted).
        int duration = 0;
        for (int i = 0; i < 200 && duration != 480; i++) {
            duration = availability(type, day).then().statusCode(200).extract().path("durationMinutes");
            if (duration != 480) {
                Thread.sleep(25);
            }
        }
        assertThat(duration).isEqualTo(480);
    }

    private static io.restassured.response.Response availability(String type, LocalDate day) {
        return given().queryParam("serviceType", type).queryParam("from", day.toString()).queryParam("to", day.toString())
                .get("/api/v1/availability");
    }
}

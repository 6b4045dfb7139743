package io.pitstop.booking;

import io.pitstop.identity.Role;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.pitstop.support.BookingFixtures.availability;
import static io.pitstop.support.BookingFixtures.bookableDay;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A booking conflict is explained in the language the client asked for: Chinese for zh-CN and for a client that names
 * no language, English for en. The machine-readable type stays the same in every language.
 */
@QuarkusTest
class BookingConflictLanguageTest {

    @Inject
    BookingFixtures fixtures;

    @Inject
    TestAccounts accounts;

    @Test
    void aVehicleAlreadyBookedThenIsExplainedInChineseByDefaultAndInEnglishWhenAskedFor() {
        var customer = fixtures.customerWithVehicle();
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        LocalDate day = bookableDay(type);
        String start = availability(type, day, day).getString("slots[0].start");
        Map<String, Object> body = BookingFixtures.booking(customer, type, start);
        given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/appointments").then().statusCode(201);

        String zh = conflict(customer.login().accessToken(), body, "zh-CN", "vehicle-already-booked");
        String en = conflict(customer.login().accessToken(), body, "en", "vehicle-already-booked");
        String none = conflict(customer.login().accessToken(), body, null, "vehicle-already-booked");

        assertThat(zh).contains("车辆 " + customer.plate()).contains("已有预约 BK-").contains("重叠");
        assertThat(en).startsWith("Vehicle " + customer.plate() + " already has booking BK-").contains("overlapping time")
                .doesNotContainPattern("\\p{IsHan}{2}");
        assertThat(none).isEqualTo(zh);
    }

    @Test
    void aFullSlotIsExplainedInChineseByDefaultAndInEnglishWhenAskedFor() {
        var advisor = accounts.staff(Role.ADVISOR);
        String phone = TestAccounts.newPhone();
        String type = fixtures.serviceType("ELECTRICAL", 60);
        LocalDate day = bookableDay(type);
        String start = availability(type, day, day).getString("slots[0].start");
        int remaining = availability(type, day, day).getInt("slots[0].remaining");
        for (int i = 0; i < remaining; i++) {
            given().auth().oauth2(advisor.accessToken()).contentType(ContentType.JSON)
                    .body(phoneBooking(phone, walkInVehicle(advisor, phone), type, start))
                    .post("/api/v1/appointments").then().statusCode(201);
        }

        String zh = conflict(advisor.accessToken(), phoneBooking(phone, walkInVehicle(advisor, phone), type, start), "zh-CN", "slot-full");
        String en = conflict(advisor.accessToken(), phoneBooking(phone, walkInVehicle(advisor, phone), type, start), "en", "slot-full");
        String none = conflict(advisor.accessToken(), phoneBooking(phone, walkInVehicle(advisor, phone), type, start), null, "slot-full");

        assertThat(zh).contains("已没有可做 " + type + " 的空闲工位");
        assertThat(en).startsWith("No " + type + " bay is free at ").doesNotContainPattern("\\p{IsHan}");
        assertThat(none).isEqualTo(zh);
    }

    /** Books and expects the conflict; answers its detail, said in the language asked for (none: no header). */
    private static String conflict(String token, Map<String, Object> body, String language, String type) {
        RequestSpecification request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        Response answer = request.post("/api/v1/appointments");
        answer.then().statusCode(409).contentType("application/problem+json")
                .header("Content-Language", language == null ? "zh-CN" : language);
        assertThat(answer.jsonPath().getString("type")).isEqualTo("https://pitstop.dev/problems/" + type);
        return answer.jsonPath().getString("detail");
    }

    /** Another car of the phone customer, added at the service desk: a car holds one booking at a time. */
    private static String walkInVehicle(TestAccounts.Login advisor, String phone) {
        String plate = BookingFixtures.plate();
        given().auth().oauth2(advisor.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("customerPhone", phone, "customerName", "陈女士", "vehicle", BookingFixtures.vehicleBody(plate)))
                .post("/api/v1/customers/vehicles").then().statusCode(201);
        return plate;
    }

    private static Map<String, Object> phoneBooking(String phone, String plate, String type, String start) {
        return Map.of("customerPhone", phone, "plate", plate, "serviceType", type, "start", start,
                "faultDescription", "电话预约", "channel", "PHONE", "emergency", false);
    }
}

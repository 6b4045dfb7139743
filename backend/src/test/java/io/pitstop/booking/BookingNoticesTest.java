package io.pitstop.booking;

import io.pitstop.identity.Role;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.Db;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.pitstop.support.BookingFixtures.availability;
import static io.pitstop.support.BookingFixtures.booking;
import static io.pitstop.support.BookingFixtures.bookableDay;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A booking's messages are written by one statement that chooses the advisors itself: every active advisor sees the
 * new booking in their inbox, a deactivated one does not; the owner gets an inbox row and its SMS. The answer is built
 * from what the booking's transaction read, and says the same as reading the booking again.
 */
@QuarkusTest
class BookingNoticesTest {

    @Inject
    BookingFixtures fixtures;

    @Inject
    TestAccounts accounts;

    @Test
    void activeAdvisorsAndTheOwnerAreToldOfANewBookingAndADeactivatedAdvisorIsNot() {
        TestAccounts.Login active = accounts.staff(Role.ADVISOR);
        TestAccounts.Login gone = accounts.staff(Role.ADVISOR);
        Db.update("update account set active = false where id = ?", UUID.fromString(gone.id()));
        var customer = fixtures.customerWithVehicle();
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        java.time.LocalDate day = bookableDay(type);
        String start = availability(type, day, day).getString("slots[0].start");

        JsonPath answer = given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON)
                .body(booking(customer, type, start)).post("/api/v1/appointments")
                .then().statusCode(201).extract().jsonPath();
        UUID id = UUID.fromString(answer.getString("id"));

        assertThat(kindsFor(active.id(), id)).containsExactly("NEW_BOOKING");
        assertThat(kindsFor(gone.id(), id)).isEmpty();
        assertThat(kindsFor(customer.login().id(), id)).containsExactly("BOOKING_RECEIVED");
        List<Map<String, Object>> sms = Db.query("select o.address, o.kind, o.payload from outbox_message o "
                + "join notification n on n.id = o.notification_id where n.appointment_id = ?", id);
        assertThat(sms).hasSize(1);
        assertThat(sms.get(0).get("address")).isEqualTo(customer.login().phone());
        assertThat(sms.get(0).get("kind")).isEqualTo("BOOKING_RECEIVED");
        assertThat((String) sms.get(0).get("payload")).contains(answer.getString("reference"));
        int advisorsTold = ((Number) Db.query("select count(*) as n from notification where appointment_id = ? "
                + "and kind = 'NEW_BOOKING'", id).get(0).get("n")).intValue();
        int activeAdvisors = ((Number) Db.query("select count(*) as n from account where role = 'ADVISOR' and active")
                .get(0).get("n")).intValue();
        assertThat(advisorsTold).isEqualTo(activeAdvisors);

        JsonPath again = given().auth().oauth2(customer.login().accessToken()).get("/api/v1/appointments/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(answer.getMap("")).isEqualTo(again.getMap(""));
    }

    private static List<Object> kindsFor(String account, UUID appointment) {
        return Db.query("select kind from notification where recipient_id = ? and appointment_id = ?",
                UUID.fromString(account), appointment).stream().map(r -> r.get("kind")).toList();
    }
}

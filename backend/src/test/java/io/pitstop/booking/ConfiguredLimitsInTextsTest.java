package io.pitstop.booking;

import io.pitstop.booking.service.BookingJobs;
import io.pitstop.identity.Role;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.Db;
import io.pitstop.support.MutableClock;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.pitstop.support.BookingFixtures.availability;
import static io.pitstop.support.BookingFixtures.bookableDay;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The texts people read say the limits as configured, never the defaults written into a sentence. */
@QuarkusTest
@TestProfile(ConfiguredLimitsInTextsTest.TwentyMinutes.class)
class ConfiguredLimitsInTextsTest {

    public static class TwentyMinutes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pitstop.booking.confirm-within", "20m");
        }
    }

    @Inject
    BookingFixtures fixtures;

    @Inject
    TestAccounts accounts;

    @Inject
    MutableClock clock;

    @Inject
    BookingJobs jobs;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTwentyMinuteConfirmationLimitIsTwentyMinutesInTheOwnersAdvisorsAndEscalationTexts() throws Throwable {
        var manager = accounts.staff(Role.MANAGER);
        var customer = fixtures.customerWithVehicle();
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        var day = bookableDay(type);
        String id = given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON)
                .body(BookingFixtures.booking(customer, type, availability(type, day, day).getString("slots[0].start")))
                .post("/api/v1/appointments").then().statusCode(201).extract().path("id");

        assertThat(text("BOOKING_RECEIVED", id, customer.login().id())).contains("20 分钟内确认").doesNotContain("15 分钟");

        clock.advance(Duration.ofMinutes(16));
        VertxContextSupport.subscribeAndAwait(jobs::escalateUnconfirmed);
        assertThat(Db.query("select 1 from notification where kind = 'CONFIRMATION_OVERDUE' and appointment_id = ?",
                UUID.fromString(id))).as("not overdue after 16 of 20 minutes").isEmpty();

        clock.advance(Duration.ofMinutes(5));
        VertxContextSupport.subscribeAndAwait(jobs::escalateUnconfirmed);
        assertThat(text("CONFIRMATION_OVERDUE", id, manager.id())).contains("已超过 20 分钟未确认");
    }

    private static String text(String kind, String appointmentId, String recipient) {
        var rows = Db.query("select text from notification where kind = ? and appointment_id = ? and recipient_id = ?",
                kind, UUID.fromString(appointmentId), UUID.fromString(recipient));
        assertThat(rows).as("%s to %s", kind, recipient).hasSize(1);
        return rows.get(0).get("text").toString();
    }
}

package io.pitstop.booking;

import io.pitstop.booking.service.BookingJobs;
import io.pitstop.identity.Role;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.MutableClock;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import static io.pitstop.support.BookingFixtures.availability;
import static io.pitstop.support.BookingFixtures.bookableDay;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class BookingJobsTest {

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
    void unconfirmedBookingIsEscalatedAfterFifteenMinutesOnceEvenWhenTheJobRunsTwice() throws Throwable {
        var manager = accounts.staff(Role.MANAGER);
        var customer = fixtures.customerWithVehicle();
        String id = book(customer);

        clock.advance(Duration.ofMinutes(14));
        run(jobs::escalateUnconfirmed);
        assertThat(overdueNotices(manager, id)).isZero();

        clock.advance(Duration.ofMinutes(2));
        run(jobs::escalateUnconfirmed);
        run(jobs::escalateUnconfirmed);
        assertThat(overdueNotices(manager, id)).isEqualTo(1);
        given().auth().oauth2(manager.accessToken()).get("/api/v1/appointments/" + id)
                .then().body("escalated", equalTo(true));
        given().auth().oauth2(manager.accessToken()).get("/api/v1/appointments/" + id + "/history")
                .then().body("type", equalTo(List.of("BOOKED", "ESCALATED")));
    }

    @Test
    void aConfirmedBookingIsNotEscalated() throws Throwable {
        var manager = accounts.staff(Role.MANAGER);
        var advisor = accounts.staff(Role.ADVISOR);
        var customer = fixtures.customerWithVehicle();
        String id = book(customer);
        given().auth().oauth2(advisor.accessToken()).post("/api/v1/appointments/" + id + "/confirm").then().statusCode(200);
        clock.advance(Duration.ofMinutes(30));
        run(jobs::escalateUnconfirmed);
        assertThat(overdueNotices(manager, id)).isZero();
    }

    @Test
    void theCustomerIsRemindedTheDayBeforeOnce() throws Throwable {
        var advisor = accounts.staff(Role.ADVISOR);
        var customer = fixtures.customerWithVehicle();
        String id = book(customer);
        String start = given().auth().oauth2(advisor.accessToken()).post("/api/v1/appointments/" + id + "/confirm")
                .then().statusCode(200).extract().path("start");

        Duration untilStart = Duration.between(clock.instant(), OffsetDateTime.parse(start).toInstant());
        clock.advance(untilStart.minusHours(25));
        run(jobs::remindTomorrow);
        assertThat(notices(customer.login(), "BOOKING_REMINDER", id)).isZero();

        clock.advance(Duration.ofHours(2));
        run(jobs::remindTomorrow);
        run(jobs::remindTomorrow);
        assertThat(notices(customer.login(), "BOOKING_REMINDER", id)).isEqualTo(1);
    }

    @Test
    void aBookingNotCheckedInThirtyMinutesAfterItsStartBecomesANoShowCandidateForItsAdvisor() throws Throwable {
        var advisor = accounts.staff(Role.ADVISOR);
        var customer = fixtures.customerWithVehicle();
        String id = book(customer);
        String start = given().auth().oauth2(advisor.accessToken()).post("/api/v1/appointments/" + id + "/confirm")
                .then().statusCode(200).extract().path("start");

        Duration untilStart = Duration.between(clock.instant(), OffsetDateTime.parse(start).toInstant());
        clock.advance(untilStart.plusMinutes(29));
        run(jobs::flagNoShows);
        assertThat(notices(advisor, "NO_SHOW_CANDIDATE", id)).isZero();

        clock.advance(Duration.ofMinutes(2));
        run(jobs::flagNoShows);
        run(jobs::flagNoShows);
        assertThat(notices(advisor, "NO_SHOW_CANDIDATE", id)).isEqualTo(1);
    }

    @Test
    void anEmergencyAlertsEveryAdvisorAtOnce() {
        var advisor = accounts.staff(Role.ADVISOR);
        var otherAdvisor = accounts.staff(Role.ADVISOR);
        var customer = fixtures.customerWithVehicle();
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        // Put the clock on a weekday morning inside opening hours, so that the next hour has slots.
        var shanghai = java.time.ZoneId.of("Asia/Shanghai");
        var monday = java.time.LocalDate.now(shanghai).plusWeeks(3).with(java.time.DayOfWeek.TUESDAY).atTime(9, 5).atZone(shanghai);
        clock.advance(Duration.between(clock.instant(), monday.toInstant()));

        String start = given().queryParam("serviceType", type).queryParam("emergency", true).get("/api/v1/availability")
                .then().statusCode(200).extract().path("slots[0].start");
        assertThat(OffsetDateTime.parse(start).toInstant()).isBefore(monday.toInstant().plus(Duration.ofMinutes(61)));
        String id = given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON)
                .body(java.util.Map.of("vehicleId", customer.vehicleId(), "serviceType", type, "start", start,
                        "faultDescription", "车辆无法启动", "channel", "APP", "emergency", true))
                .post("/api/v1/appointments").then().statusCode(201).body("emergency", equalTo(true)).extract().path("id");
        assertThat(notices(advisor, "EMERGENCY_BOOKING", id)).isEqualTo(1);
        assertThat(notices(otherAdvisor, "EMERGENCY_BOOKING", id)).isEqualTo(1);
    }

    private String book(BookingFixtures.Customer customer) {
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        var day = bookableDay(type);
        String start = availability(type, day, day).getString("slots[0].start");
        return given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON)
                .body(BookingFixtures.booking(customer, type, start)).post("/api/v1/appointments")
                .then().statusCode(201).extract().path("id");
    }

    private static int overdueNotices(TestAccounts.Login who, String appointmentId) {
        return notices(who, "CONFIRMATION_OVERDUE", appointmentId);
    }

    private static int notices(TestAccounts.Login who, String kind, String appointmentId) {
        return io.pitstop.support.Inbox.about(who, kind, "appointment_id", appointmentId);
    }

    private static void run(java.util.function.Supplier<io.smallrye.mutiny.Uni<Integer>> job) throws Throwable {
        VertxContextSupport.subscribeAndAwait(job::get);
    }
}

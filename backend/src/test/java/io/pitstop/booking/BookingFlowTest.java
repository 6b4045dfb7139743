package io.pitstop.booking;

import io.pitstop.identity.Role;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.MutableClock;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.pitstop.support.BookingFixtures.availability;
import static io.pitstop.support.BookingFixtures.booking;
import static io.pitstop.support.BookingFixtures.bookableDay;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class BookingFlowTest {

    private static final java.time.format.DateTimeFormatter ISO = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Inject
    BookingFixtures fixtures;

    @Inject
    TestAccounts accounts;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String firstStart(String type, LocalDate day) {
        return availability(type, day, day).getString("slots[0].start");
    }

    @Test
    void customerBooksAFreeSlotAndItWaitsForConfirmation() {
        var customer = fixtures.customerWithVehicle();
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        String start = firstStart(type, bookableDay(type));
        assertThat(start).endsWith("+08:00");

        given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON)
                .body(booking(customer, type, start))
                .post("/api/v1/appointments")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("REQUESTED"))
                .body("reference", org.hamcrest.Matchers.startsWith("BK-"))
                .body("vehicle.plate", equalTo(customer.plate()))
                .body("advisor", nullValue())
                .body("escalated", equalTo(false));
        given().auth().oauth2(customer.login().accessToken()).get("/api/v1/appointments")
                .then().statusCode(200).body("start", hasItem(start));
    }

    @Test
    void fullSlotRejectsBookingWithConflictAndAlternatives() {
        var customer = fixtures.customerWithVehicle();
        String type = fixtures.serviceType("BODY_PAINT", 60);
        LocalDate day = bookableDay(type);
        String start = firstStart(type, day);
        int remaining = availability(type, day, day).getInt("slots[0].remaining");
        for (int i = 0; i < remaining; i++) {
            given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON)
                    .body(BookingFixtures.booking(BookingFixtures.addVehicle(customer.login()), type, start))
                    .post("/api/v1/appointments").then().statusCode(201);
        }
        given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON)
                .body(booking(customer, type, start)).post("/api/v1/appointments")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://pitstop.dev/problems/slot-full"))
                .body("alternatives.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("alternatives.start", not(hasItem(start)));
    }

    @Test
    void aMultiSlotBookingBlocksEverySlotItCovers() {
        var customer = fixtures.customerWithVehicle();
        String type = fixtures.serviceType("EV_HIGH_VOLTAGE", 120);
        LocalDate day = bookableDay(type);
        JsonPath before = availability(type, day, day);
        String first = before.getString("slots[0].start");
        int remaining = before.getInt("slots[0].remaining");
        for (int i = 0; i < remaining; i++) {
            given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON)
                    .body(BookingFixtures.booking(BookingFixtures.addVehicle(customer.login()), type, first))
                    .post("/api/v1/appointments").then().statusCode(201);
        }
        OffsetDateTime t0 = OffsetDateTime.parse(first);
        List<String> after = availability(type, day, day).getList("slots.start");
        // Every start whose two hours overlap the booked ones is gone; the one at the end of them is back.
        for (int minutes = -90; minutes <= 90; minutes += 30) {
            assertThat(after).doesNotContain(t0.plusMinutes(minutes).format(ISO));
        }
        if (t0.plusMinutes(120).toLocalTime().plusMinutes(120).isBefore(java.time.LocalTime.of(18, 1))) {
            assertThat(after).contains(t0.plusMinutes(120).format(ISO));
        }
    }

    @Test
    void oneCarCannotHoldTwoOverlappingBookings() {
        var customer = fixtures.customerWithVehicle();
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        String start = firstStart(type, bookableDay(type));
        book(customer, type, start);
        given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON)
                .body(booking(customer, type, start)).post("/api/v1/appointments")
                .then().statusCode(409).body("type", equalTo("https://pitstop.dev/problems/vehicle-already-booked"));
    }

    @Test
    void idempotentRetryReturnsTheSameBooking() {
        var customer = fixtures.customerWithVehicle();
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        String start = firstStart(type, bookableDay(type));
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(booking(customer, type, start))
                .post("/api/v1/appointments").then().statusCode(201).header("Idempotent-Replayed", "false")
                .extract().path("id");
        String retry = given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(booking(customer, type, start))
                .post("/api/v1/appointments").then().statusCode(201).header("Idempotent-Replayed", "true")
                .extract().path("id");
        assertThat(retry).isEqualTo(first);
        given().auth().oauth2(customer.login().accessToken()).get("/api/v1/appointments")
                .then().body("findAll { it.serviceType.code == '" + type + "' }", hasSize(1));
    }

    @Test
    void sameIdempotencyKeyWithAnotherBodyIsRejected() {
        var customer = fixtures.customerWithVehicle();
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        LocalDate day = bookableDay(type);
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(booking(customer, type, firstStart(type, day)))
                .post("/api/v1/appointments").then().statusCode(201);
        given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(booking(customer, type, availability(type, day, day).getString("slots[1].start")))
                .post("/api/v1/appointments").then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void advisorConfirmsAndTheCustomerLearnsTheAdvisorsNameAndPhone() {
        var customer = fixtures.customerWithVehicle();
        var advisor = accounts.staff(Role.ADVISOR);
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        String id = book(customer, type, firstStart(type, bookableDay(type)));

        given().auth().oauth2(advisor.accessToken()).post("/api/v1/appointments/" + id + "/confirm")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("advisor.phone", equalTo(advisor.phone()));
        given().auth().oauth2(customer.login().accessToken()).get("/api/v1/appointments/" + id)
                .then().body("advisor.name", equalTo("Test advisor"));
        given().auth().oauth2(customer.login().accessToken()).get("/api/v1/notifications")
                .then().statusCode(200)
                .body("find { it.kind == 'BOOKING_CONFIRMED' }.params.advisorPhone", equalTo(advisor.phone()))
                .body("find { it.kind == 'BOOKING_CONFIRMED' }.params.bring", notNullValue());
        // Confirming twice is an illegal transition.
        given().auth().oauth2(advisor.accessToken()).post("/api/v1/appointments/" + id + "/confirm").then().statusCode(409);
    }

    @Test
    void customersCannotConfirm() {
        var customer = fixtures.customerWithVehicle();
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        String id = book(customer, type, firstStart(type, bookableDay(type)));
        given().auth().oauth2(customer.login().accessToken()).post("/api/v1/appointments/" + id + "/confirm").then().statusCode(403);
    }

    @Test
    void anotherCustomersBookingIsNotFound() {
        var owner = fixtures.customerWithVehicle();
        var stranger = fixtures.customerWithVehicle();
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        String id = book(owner, type, firstStart(type, bookableDay(type)));
        given().auth().oauth2(stranger.login().accessToken()).get("/api/v1/appointments/" + id).then().statusCode(404);
        given().auth().oauth2(stranger.login().accessToken()).get("/api/v1/appointments/" + id + "/history").then().statusCode(404);
        given().auth().oauth2(stranger.login().accessToken()).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/v1/appointments/" + id + "/cancel").then().statusCode(404);
        given().auth().oauth2(stranger.login().accessToken()).get("/api/v1/appointments")
                .then().body("id", not(hasItem(id)));
        // Nor can they book another customer's vehicle.
        String type2 = fixtures.serviceType("GENERAL_SERVICE", 60);
        given().auth().oauth2(stranger.login().accessToken()).contentType(ContentType.JSON)
                .body(booking(owner, type2, firstStart(type2, bookableDay(type2))))
                .post("/api/v1/appointments").then().statusCode(404);
    }

    @Test
    void customerReschedulesBeforeTheCutoffAndTheAdvisorConfirmsAgain() {
        var customer = fixtures.customerWithVehicle();
        var advisor = accounts.staff(Role.ADVISOR);
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        LocalDate day = bookableDay(type);
        String id = book(customer, type, firstStart(type, day));
        given().auth().oauth2(advisor.accessToken()).post("/api/v1/appointments/" + id + "/confirm").then().statusCode(200);
        String later = availability(type, day, day).getList("slots.start", String.class).get(4);

        given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON).body(Map.of("start", later))
                .post("/api/v1/appointments/" + id + "/reschedule")
                .then().statusCode(200).body("start", equalTo(later)).body("status", equalTo("REQUESTED"))
                .body("advisor.phone", equalTo(advisor.phone()));
        given().auth().oauth2(customer.login().accessToken()).get("/api/v1/appointments/" + id + "/history")
                .then().statusCode(200)
                .body("type", equalTo(List.of("BOOKED", "CONFIRMED", "RESCHEDULED")))
                .body("[1].actorName", equalTo("Test advisor"))
                .body("[2].actorRole", equalTo("CUSTOMER"));
    }

    @Test
    void customerCannotCancelAfterTheCutoffButStaffCan() {
        var customer = fixtures.customerWithVehicle();
        var advisor = accounts.staff(Role.ADVISOR);
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        String start = firstStart(type, bookableDay(type));
        String id = book(customer, type, start);

        Duration untilStart = Duration.between(clock.instant(), OffsetDateTime.parse(start).toInstant());
        clock.advance(untilStart.minusMinutes(90)); // 1.5 h before the start: past the 2 h cut-off
        given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON).body(Map.of("reason", "太忙"))
                .post("/api/v1/appointments/" + id + "/cancel")
                .then().statusCode(409).body("type", equalTo("https://pitstop.dev/problems/change-cutoff"));
        given().auth().oauth2(advisor.accessToken()).contentType(ContentType.JSON).body(Map.of("reason", "客户来电取消"))
                .post("/api/v1/appointments/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        // Cancelled is final.
        given().auth().oauth2(advisor.accessToken()).post("/api/v1/appointments/" + id + "/confirm").then().statusCode(409);
    }

    @Test
    void noShowOnlyAfterTheStartAndCheckInOnlyWhenConfirmed() {
        var customer = fixtures.customerWithVehicle();
        var advisor = accounts.staff(Role.ADVISOR);
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        String start = firstStart(type, bookableDay(type));
        String id = book(customer, type, start);
        given().auth().oauth2(advisor.accessToken()).post("/api/v1/appointments/" + id + "/check-in").then().statusCode(409);
        given().auth().oauth2(advisor.accessToken()).post("/api/v1/appointments/" + id + "/no-show").then().statusCode(409);
        clock.advance(Duration.between(clock.instant(), OffsetDateTime.parse(start).toInstant()).plusMinutes(31));
        given().auth().oauth2(advisor.accessToken()).post("/api/v1/appointments/" + id + "/no-show")
                .then().statusCode(200).body("status", equalTo("NO_SHOW"));
    }

    @Test
    void advisorBooksForAPhoneCustomerCreatedOnTheSpot() {
        var advisor = accounts.staff(Role.ADVISOR);
        String phone = TestAccounts.newPhone();
        String plate = BookingFixtures.plate();
        given().auth().oauth2(advisor.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("customerPhone", phone, "customerName", "王先生", "vehicle", BookingFixtures.vehicleBody(plate)))
                .post("/api/v1/customers/vehicles")
                .then().statusCode(201).body("registered", equalTo(false)).body("vehicles[0].plate", equalTo(plate));
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        given().auth().oauth2(advisor.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("customerPhone", phone, "plate", plate, "serviceType", type,
                        "start", firstStart(type, bookableDay(type)), "faultDescription", "电话预约", "channel", "PHONE"))
                .post("/api/v1/appointments")
                .then().statusCode(201).body("channel", equalTo("PHONE")).body("customer.name", equalTo("王先生"));
        // Registering later, with the code sent to the phone, claims the account and its bookings.
        var owner = TestAccounts.register(phone, "王建国");
        given().auth().oauth2(owner.accessToken()).get("/api/v1/appointments").then().body("size()", equalTo(1));
    }

    @Test
    void partnerNeedsTheWriteScopeToBook() {
        var customer = fixtures.customerWithVehicle();
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        String start = firstStart(type, bookableDay(type));
        Map<String, Object> body = Map.of("customerPhone", customer.login().phone(), "plate", customer.plate(),
                "serviceType", type, "start", start, "faultDescription", "via CarPal", "channel", "PARTNER");
        given().auth().oauth2(partnerToken(List.of("bookings:read"))).contentType(ContentType.JSON).body(body)
                .post("/api/v1/appointments").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(partnerToken(List.of("bookings:read", "bookings:write"))).contentType(ContentType.JSON).body(body)
                .post("/api/v1/appointments").then().statusCode(201).body("channel", equalTo("PARTNER"));
    }

    @Test
    void vehicleValidationNamesTheField() {
        var customer = TestAccounts.customer();
        given().auth().oauth2(customer.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("plate", "ABC123", "vin", BookingFixtures.vin(), "make", "x", "model", "y", "year", 2020, "mileageKm", 1))
                .post("/api/v1/me/vehicles").then().statusCode(400).body("errors[0].field", equalTo("plate"));
        given().auth().oauth2(customer.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("plate", "沪AD12345", "vin", "IIIIIIIIIIIIIIIII", "make", "x", "model", "y", "year", 2020, "mileageKm", 1))
                .post("/api/v1/me/vehicles").then().statusCode(400).body("errors[0].field", equalTo("vin"));
        given().auth().oauth2(customer.accessToken()).get("/api/v1/me/vehicles").then().body("size()", equalTo(0));
    }

    @Test
    void availabilityRejectsAnUnknownServiceTypeAndATooWideRange() {
        given().queryParam("serviceType", "NOPE").queryParam("from", "2030-01-01").queryParam("to", "2030-01-02")
                .get("/api/v1/availability").then().statusCode(400).body("errors[0].field", equalTo("serviceType"));
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        given().queryParam("serviceType", type).queryParam("from", "2030-01-01").queryParam("to", "2030-03-01")
                .get("/api/v1/availability").then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    private String book(BookingFixtures.Customer customer, String type, String start) {
        return given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON)
                .body(booking(customer, type, start)).post("/api/v1/appointments")
                .then().statusCode(201).extract().path("id");
    }

    private String partnerToken(List<String> scopes) {
        var created = given().auth().oauth2(fixtures.manager().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "CarPal", "scopes", scopes)).post("/api/v1/partner-clients")
                .then().statusCode(201).extract().jsonPath();
        return given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", created.getString("clientId")).formParam("client_secret", created.getString("clientSecret"))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("access_token");
    }
}

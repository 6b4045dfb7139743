package io.pitstop.booking;

import io.pitstop.booking.service.BookingJobs;
import io.pitstop.identity.Role;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.Db;
import io.pitstop.support.MutableClock;
import io.pitstop.support.RepairFixtures;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.pitstop.support.BookingFixtures.availability;
import static io.pitstop.support.BookingFixtures.bookableDay;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * A booking the owner can decide on (issue 12.2): what the service costs and takes, the mileage and whether they wait,
 * a conflict that names the times that are free instead; and for the advisor: warnings before confirming, confirming
 * several at once, and the day-before reminder naming the advisor and what to bring.
 */
@QuarkusTest
class BookingDecisionsTest {

    @Inject
    BookingFixtures fixtures;

    @Inject
    RepairFixtures repairs;

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

    // --- price range and duration -------------------------------------------------------------------------------

    @Test
    void aServiceTypesPriceRangeIsPublishedWithTheShopAndCarriedByItsBookings() {
        String type = pricedType("380", "680");
        given().get("/api/v1/shop").then().statusCode(200)
                .body("serviceTypes.find { it.code == '" + type + "' }.priceMin", equalTo(380.0f))
                .body("serviceTypes.find { it.code == '" + type + "' }.priceMax", equalTo(680.0f))
                .body("serviceTypes.find { it.code == '" + type + "' }.durationMinutes", equalTo(60));

        var customer = fixtures.customerWithVehicle();
        given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON).body(booking(customer, type, firstSlot(type)))
                .post("/api/v1/appointments").then().statusCode(201)
                .body("serviceType.priceMin", equalTo(380.0f)).body("serviceType.priceMax", equalTo(680.0f))
                .body("serviceType.durationMinutes", equalTo(60));
    }

    @Test
    void aPriceWithOnlyAMinimumReadsFromThatMinimum() {
        String type = pricedType("800", null);
        given().get("/api/v1/shop").then().statusCode(200)
                .body("serviceTypes.find { it.code == '" + type + "' }.priceMin", equalTo(800.0f))
                .body("serviceTypes.find { it.code == '" + type + "' }.priceMax", nullValue());
    }

    @Test
    void aMaximumBelowTheMinimumIsRefusedNamingPriceMaxAndNothingChanges() {
        String type = pricedType("380", "680");
        Map<String, Object> body = serviceTypeBody("500", "400");
        given().auth().oauth2(fixtures.manager().accessToken()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/shop/service-types/" + type).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("priceMax"));
        given().get("/api/v1/shop").then().body("serviceTypes.find { it.code == '" + type + "' }.priceMax", equalTo(680.0f));
    }

    @Test
    void aMaximumWithoutAMinimumOrANegativePriceIsRefusedNamingTheField() {
        String type = pricedType("380", "680");
        given().auth().oauth2(fixtures.manager().accessToken()).contentType(ContentType.JSON).body(serviceTypeBody(null, "400"))
                .put("/api/v1/shop/service-types/" + type).then().statusCode(400).body("errors[0].field", equalTo("priceMin"));
        given().auth().oauth2(fixtures.manager().accessToken()).contentType(ContentType.JSON).body(serviceTypeBody("-1", null))
                .put("/api/v1/shop/service-types/" + type).then().statusCode(400).body("errors[0].field", equalTo("priceMin"));
    }

    // --- mileage and wait / drop off ------------------------------------------------------------------------------

    @Test
    void theOwnersMileageAndWaitOrDropOffAreStoredAndShownToTheAdvisor() {
        var advisor = accounts.staff(Role.ADVISOR);
        var customer = fixtures.customerWithVehicle();
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        Map<String, Object> body = new HashMap<>(booking(customer, type, firstSlot(type)));
        body.put("mileageKm", 42180);
        body.put("handover", "DROP_OFF");
        String id = given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/appointments").then().statusCode(201)
                .body("mileageKm", equalTo(42180)).body("handover", equalTo("DROP_OFF")).extract().path("id");
        given().auth().oauth2(advisor.accessToken()).get("/api/v1/appointments/" + id).then().statusCode(200)
                .body("mileageKm", equalTo(42180)).body("handover", equalTo("DROP_OFF"));
    }

    @Test
    void aMileageThatIsNegativeTooLargeOrNotWholeIsRefusedNamingMileageKmAndNothingIsBooked() {
        var customer = fixtures.customerWithVehicle();
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        String start = firstSlot(type);
        for (Object mileage : List.of(-1, 2_000_001, 42.5)) {
            Map<String, Object> body = new HashMap<>(booking(customer, type, start));
            body.put("mileageKm", mileage);
            given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/appointments").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("mileageKm"));
        }
        given().auth().oauth2(customer.login().accessToken()).get("/api/v1/appointments").then().statusCode(200).body("$", empty());
    }

    // --- a conflict names its alternatives -----------------------------------------------------------------------

    @Test
    void aCarAlreadyBookedThenIsA409OfferingTheNearestTimesTheCarIsFree() {
        var customer = fixtures.customerWithVehicle();
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        String start = firstSlot(type);
        String booked = given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON)
                .body(booking(customer, type, start)).post("/api/v1/appointments").then().statusCode(201).extract().path("end");

        var answer = given().auth().oauth2(customer.login().accessToken()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(booking(customer, type, start)).post("/api/v1/appointments").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pitstop.dev/problems/vehicle-already-booked"))
                .body("alternatives", hasSize(3)).extract().jsonPath();
        assertThat(answer.getString("detail")).startsWith("Vehicle " + customer.plate());
        OffsetDateTime bookedStart = OffsetDateTime.parse(start);
        OffsetDateTime bookedEnd = OffsetDateTime.parse(booked);
        for (String alternative : answer.<String>getList("alternatives.start")) {
            OffsetDateTime s = OffsetDateTime.parse(alternative);
            OffsetDateTime e = s.plusMinutes(60);
            assertThat(s.isBefore(bookedEnd) && e.isAfter(bookedStart)).as("%s overlaps the car's booking", alternative).isFalse();
        }
        // One of them can be booked by another car of the same owner as it stands.
        String other = BookingFixtures.addVehicle(customer.login());
        given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON)
                .body(BookingFixtures.booking(other, type, answer.getString("alternatives[0].start")))
                .post("/api/v1/appointments").then().statusCode(201);
    }

    // --- warnings before confirming ------------------------------------------------------------------------------

    @Test
    void theAdvisorIsWarnedWhenTheCarIsAlreadyInTheWorkshop() {
        var advisor = accounts.staff(Role.ADVISOR);
        var customer = fixtures.customerWithVehicle();
        String id = book(customer, fixtures.serviceType("GENERAL_SERVICE", 60));
        given().auth().oauth2(advisor.accessToken()).get("/api/v1/appointments/" + id).then().body("warnings", empty());

        String order = repairs.checkIn(customer);
        String orderRef = given().auth().oauth2(advisor.accessToken()).get("/api/v1/repair-orders/" + order).then().extract().path("reference");
        given().auth().oauth2(advisor.accessToken()).get("/api/v1/appointments/" + id).then().statusCode(200)
                .body("warnings", hasSize(1)).body("warnings[0].code", equalTo("IN_WORKSHOP"))
                .body("warnings[0].reference", equalTo(orderRef));
        // and the same on the pending list
        String day = given().auth().oauth2(advisor.accessToken()).get("/api/v1/appointments/" + id).then().extract().path("start");
        given().auth().oauth2(advisor.accessToken()).queryParam("status", "REQUESTED")
                .queryParam("from", day.substring(0, 10)).queryParam("to", day.substring(0, 10)).get("/api/v1/appointments")
                .then().statusCode(200).body("find { it.id == '" + id + "' }.warnings[0].code", equalTo("IN_WORKSHOP"));
        // a warning does not block the confirmation
        given().auth().oauth2(advisor.accessToken()).post("/api/v1/appointments/" + id + "/confirm").then().statusCode(200);
    }

    @Test
    void theAdvisorIsWarnedWhenTheCustomerHoldsAnOverlappingBooking() {
        var advisor = accounts.staff(Role.ADVISOR);
        var customer = fixtures.customerWithVehicle();
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        String start = firstSlot(type);
        String first = given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON)
                .body(booking(customer, type, start)).post("/api/v1/appointments").then().statusCode(201).extract().path("id");
        String other = BookingFixtures.addVehicle(customer.login());
        var second = given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON)
                .body(BookingFixtures.booking(other, type, start)).post("/api/v1/appointments").then().statusCode(201)
                .extract().jsonPath();

        given().auth().oauth2(advisor.accessToken()).get("/api/v1/appointments/" + first).then().statusCode(200)
                .body("warnings", hasSize(1)).body("warnings[0].code", equalTo("OVERLAPPING_BOOKING"))
                .body("warnings[0].reference", equalTo(second.getString("reference")));
    }

    // --- confirming several at once ------------------------------------------------------------------------------

    @Test
    void anAdvisorConfirmsSeveralPendingBookingsAtOnceEachReportedOnItsOwn() {
        var advisor = accounts.staff(Role.ADVISOR);
        var colleague = accounts.staff(Role.ADVISOR);
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        String a = book(fixtures.customerWithVehicle(), type);
        String b = book(fixtures.customerWithVehicle(), type);
        String taken = book(fixtures.customerWithVehicle(), type);
        given().auth().oauth2(colleague.accessToken()).post("/api/v1/appointments/" + taken + "/confirm").then().statusCode(200);
        String missing = java.util.UUID.randomUUID().toString();

        given().auth().oauth2(advisor.accessToken()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(a, b, taken, missing, a))).post("/api/v1/appointments/confirmations")
                .then().statusCode(200)
                .body("confirmed", equalTo(2))
                .body("results.id", equalTo(List.of(a, b, taken, missing)))
                .body("results.outcome", equalTo(List.of("CONFIRMED", "CONFIRMED", "NOT_PENDING", "NOT_FOUND")))
                .body("results[0].appointment.status", equalTo("CONFIRMED"))
                .body("results[0].appointment.advisor.id", equalTo(advisor.id()))
                .body("results[2].appointment.advisor.id", equalTo(colleague.id()))
                .body("results[2].detail", equalTo("Cannot confirm a booking that is confirmed."));
    }

    @Test
    void aCustomerOrTechnicianCanNeverConfirmAndBadInputIs400() {
        var customer = fixtures.customerWithVehicle();
        String id = book(customer, fixtures.serviceType("GENERAL_SERVICE", 60));
        given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON).body(Map.of("ids", List.of(id)))
                .post("/api/v1/appointments/confirmations").then().statusCode(403);
        given().auth().oauth2(accounts.staff(Role.TECHNICIAN).accessToken()).contentType(ContentType.JSON).body(Map.of("ids", List.of(id)))
                .post("/api/v1/appointments/confirmations").then().statusCode(403);
        given().auth().oauth2(accounts.staff(Role.ADVISOR).accessToken()).contentType(ContentType.JSON).body(Map.of("ids", List.of()))
                .post("/api/v1/appointments/confirmations").then().statusCode(400).body("errors[0].field", equalTo("ids"));
        given().auth().oauth2(customer.login().accessToken()).get("/api/v1/appointments/" + id).then().body("status", equalTo("REQUESTED"));
    }

    // --- the day-before reminder -----------------------------------------------------------------------------------

    @Test
    void theReminderNamesTheAdvisorTheirPhoneAndWhatToBringInTheOwnersLanguageOnce() throws Throwable {
        var advisor = accounts.staff(Role.ADVISOR);
        var customer = fixtures.customerWithVehicle();
        Db.update("update account set language = 'en' where id = ?::uuid", customer.login().id());
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        given().auth().oauth2(fixtures.manager().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("nameZh", "测试服务", "nameEn", "Test service", "durationMinutes", 60, "skill", "GENERAL_SERVICE",
                        "bringZh", "行驶证和防盗螺丝钥匙", "bringEn", "vehicle licence and the wheel-lock key"))
                .put("/api/v1/shop/service-types/" + type).then().statusCode(200);
        String id = book(customer, type);
        String start = given().auth().oauth2(advisor.accessToken()).post("/api/v1/appointments/" + id + "/confirm")
                .then().statusCode(200).extract().path("start");

        clock.advance(Duration.between(clock.instant(), OffsetDateTime.parse(start).toInstant()).minusHours(23));
        run(jobs::remindTomorrow);
        run(jobs::remindTomorrow);

        List<Map<String, Object>> sent = Db.query("select text from notification where recipient_id = ?::uuid and kind = 'BOOKING_REMINDER' "
                + "and appointment_id = ?::uuid", customer.login().id(), id);
        assertThat(sent).hasSize(1);
        String advisorName = given().auth().oauth2(advisor.accessToken()).get("/api/v1/appointments/" + id).then()
                .extract().path("advisor.name");
        assertThat((String) sent.get(0).get("text")).contains("Your advisor is " + advisorName + " (" + advisor.phone() + ")")
                .contains("Please bring: vehicle licence and the wheel-lock key");
    }

    @Test
    void withoutAListOfItsOwnTheReminderSaysTheShopsUsualOneInChinese() throws Throwable {
        var advisor = accounts.staff(Role.ADVISOR);
        var customer = fixtures.customerWithVehicle();
        String id = book(customer, fixtures.serviceType("GENERAL_SERVICE", 60));
        String start = given().auth().oauth2(advisor.accessToken()).post("/api/v1/appointments/" + id + "/confirm")
                .then().statusCode(200).extract().path("start");
        clock.advance(Duration.between(clock.instant(), OffsetDateTime.parse(start).toInstant()).minusHours(23));
        run(jobs::remindTomorrow);

        List<Map<String, Object>> sent = Db.query("select text from notification where recipient_id = ?::uuid and kind = 'BOOKING_REMINDER' "
                + "and appointment_id = ?::uuid", customer.login().id(), id);
        assertThat(sent).hasSize(1);
        assertThat((String) sent.get(0).get("text")).contains("（" + advisor.phone() + "）").contains("请携带行驶证、保养手册和车钥匙");
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private String pricedType(String min, String max) {
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        given().auth().oauth2(fixtures.manager().accessToken()).contentType(ContentType.JSON).body(serviceTypeBody(min, max))
                .put("/api/v1/shop/service-types/" + type).then().statusCode(200);
        return type;
    }

    private static Map<String, Object> serviceTypeBody(String min, String max) {
        Map<String, Object> body = new HashMap<>(Map.of("nameZh", "测试服务", "nameEn", "Test service", "durationMinutes", 60,
                "skill", "GENERAL_SERVICE"));
        if (min != null) {
            body.put("priceMin", new java.math.BigDecimal(min));
        }
        if (max != null) {
            body.put("priceMax", new java.math.BigDecimal(max));
        }
        return body;
    }

    private static String firstSlot(String type) {
        LocalDate day = bookableDay(type);
        return availability(type, day, day).getString("slots[0].start");
    }

    private static Map<String, Object> booking(BookingFixtures.Customer customer, String type, String start) {
        return BookingFixtures.booking(customer, type, start);
    }

    private static String book(BookingFixtures.Customer customer, String type) {
        return given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON)
                .body(booking(customer, type, firstSlot(type))).post("/api/v1/appointments")
                .then().statusCode(201).extract().path("id");
    }

    private static void run(java.util.function.Supplier<io.smallrye.mutiny.Uni<Integer>> job) throws Throwable {
        VertxContextSupport.subscribeAndAwait(job::get);
    }
}

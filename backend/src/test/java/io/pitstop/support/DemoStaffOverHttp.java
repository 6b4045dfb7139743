package io.pitstop.support;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The demo shop's staff at work on a packaged instance, through its HTTP API only (the tests of the packaged jar own
 * the cars and orders they make here; the shop and its people are the demo's): walk-in cars, phone bookings, repair
 * orders brought to a state, complaints taken by phone.
 */
public final class DemoStaffOverHttp {

    /** A walk-in customer's car: the customer is created by the advisor, with a phone and no password. */
    public record Car(String phone, String plate, String vehicleId, String customerId) {
    }

    public static final String SERVICE = "MINOR_SERVICE";

    private final PackagedApp app;
    public final String advisor;
    public final String lead;
    public final String technician;
    private final String technicianId;

    public DemoStaffOverHttp(PackagedApp app) {
        this.app = app;
        this.advisor = app.login("13800000002", "demo1234");
        this.lead = app.login("13800000004", "demo1234");
        this.technician = app.login("13800000005", "demo1234");
        this.technicianId = app.api().auth().oauth2(technician).get("/api/v1/me").then().statusCode(200).extract().path("id");
    }

    public Car walkIn() {
        String phone = "137" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        String plate = BookingFixtures.plate();
        JsonPath customer = app.api().auth().oauth2(advisor).contentType(ContentType.JSON)
                .body(Map.of("customerPhone", phone, "customerName", "故障演练", "vehicle", BookingFixtures.vehicleBody(plate)))
                .post("/api/v1/customers/vehicles").then().statusCode(201).extract().jsonPath();
        return new Car(phone, plate, customer.getString("vehicles.find { it.plate == '" + plate + "' }.id"), customer.getString("id"));
    }

    /** The starts of {@link #SERVICE} still bookable on the days. */
    public List<String> slots(LocalDate from, LocalDate to) {
        return new ArrayList<>(app.api().queryParam("serviceType", SERVICE).queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/v1/availability").then().statusCode(200).extract().jsonPath().getList("slots.start", String.class));
    }

    /** The body of a phone booking of the car by the advisor. */
    public static Map<String, Object> phoneBooking(Car car, String start) {
        return Map.of("customerPhone", car.phone(), "plate", car.plate(), "serviceType", SERVICE, "start", start,
                "faultDescription", "保养", "channel", "PHONE", "emergency", false);
    }

    /** A phone booking, REQUESTED; answers its id. */
    public String book(Car car, String start) {
        var answer = app.api().auth().oauth2(advisor).contentType(ContentType.JSON).body(phoneBooking(car, start))
                .post("/api/v1/appointments");
        if (answer.statusCode() != 201) {
            throw new AssertionError("Booking at " + start + ": " + answer.statusCode() + " " + answer.asString());
        }
        return answer.path("id");
    }

    public void confirm(String appointment) {
        app.api().auth().oauth2(advisor).post("/api/v1/appointments/" + appointment + "/confirm").then().statusCode(200);
    }

    /** The car checked in: a repair order, CHECKED_IN (its first event). */
    public String checkIn(Car car) {
        return app.api().auth().oauth2(advisor).contentType(ContentType.JSON).body(RepairFixtures.walkIn(car.vehicleId()))
                .post("/api/v1/repair-orders").then().statusCode(201).extract().path("id");
    }

    /** Checked in, estimated at the minutes, approved by phone (the advisor records it), dispatched and IN_REPAIR. */
    public String inRepair(Car car, int minutes) {
        String id = checkIn(car);
        app.api().auth().oauth2(advisor).contentType(ContentType.JSON).body(RepairFixtures.estimate(minutes))
                .post("/api/v1/repair-orders/" + id + "/estimate").then().statusCode(200);
        List<String> pending = app.api().auth().oauth2(advisor).get("/api/v1/repair-orders/" + id).then().statusCode(200)
                .extract().jsonPath().getList("estimate.items.findAll { it.decision == 'PENDING' }.id");
        app.api().auth().oauth2(advisor).contentType(ContentType.JSON)
                .body(Map.of("decisions", pending.stream().map(i -> Map.of("itemId", i, "decision", "APPROVED")).toList()))
                .post("/api/v1/repair-orders/" + id + "/approval").then().statusCode(200);
        move(lead, id, Map.of("to", "DISPATCHED", "technicianId", technicianId));
        move(technician, id, Map.of("to", "IN_REPAIR"));
        return id;
    }

    private void move(String token, String id, Map<String, Object> body) {
        app.api().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/repair-orders/" + id + "/transitions").then().statusCode(200);
    }

    /** A complaint the customer made by phone, taken by the advisor; answers its id. */
    public String complaintByPhone(Car car) {
        return app.api().auth().oauth2(advisor).contentType(ContentType.JSON)
                .body(Map.of("content", "等待时间太长", "category", "PROCESS", "channel", "PHONE", "customerPhone", car.phone()))
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
    }

    /** An update from the advisor on the order (one event on its timeline); answers the HTTP status. */
    public int postUpdate(PackagedApp on, String order, String message) {
        return on.api().auth().oauth2(advisor).contentType(ContentType.JSON).body(Map.of("message", message))
                .post("/api/v1/repair-orders/" + order + "/updates").then().extract().statusCode();
    }
}

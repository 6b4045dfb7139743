package io.pitstop.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pitstop.hostile.Callers.Who;
import io.pitstop.identity.PartnerScopes;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.Db;
import io.pitstop.support.RepairFixtures;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Car owner A has everything a customer can have: vehicles, a booking, a repair order that goes the whole way (estimate,
 * attachment, settlement with a new line, signature, delivery, rating, complaint) and notifications. Owner B, and a
 * partner application holding every scope, address each of A's things by its id, at the moment an operation on it would
 * succeed for A: each is 404 problem, the answer holds nothing of A's, and A's thing is as it was. Named in the body of
 * a call of B's own (booking A's car, complaining about A's order), it is refused exactly as an id that does not exist.
 * B's and the partner's lists hold none of A's.
 * <p>
 * Every operation a customer may call (the customer column of {@link AuthorizationMatrixTest#MATRIX}) is probed here,
 * listed, or declared to address nothing of anyone else's; a new one fails this test until it is classified.
 */
@QuarkusTest
class AnotherCustomersIdsTest {

    /** Customer operations that name nothing of another customer's: the caller's own session or account, or public data. */
    static final Map<String, String> NOTHING_OF_ANOTHERS = Map.ofEntries(
            Map.entry("sendPhoneCode", "public; the code goes to the phone, the answer is the same for any number"),
            Map.entry("register", "public; needs the code the phone received"),
            Map.entry("login", "public"),
            Map.entry("refresh", "the holder of a refresh secret"),
            Map.entry("logout", "the holder of a refresh secret"),
            Map.entry("clientCredentialsToken", "partner credentials"),
            Map.entry("getShop", "public"),
            Map.entry("getAvailability", "public"),
            Map.entry("me", "the caller's own account"),
            Map.entry("addMyVehicle", "creates the caller's own vehicle"),
            Map.entry("countUnreadNotifications", "the caller's own inbox"));

    /** Customer operations that list the caller's own things: B's lists must hold nothing of A's. */
    static final Set<String> LISTS = Set.of("listAppointments", "listRepairOrders", "listComplaints", "listNotifications",
            "listMyVehicles");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] JPEG = io.pitstop.support.SampleFiles.JPEG;

    @Inject
    BookingFixtures bookings;

    @Inject
    RepairFixtures repairs;

    private final Set<String> probed = new TreeSet<>();
    private final List<String> secrets = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private int calls;

    @Test
    void anotherCustomersThingsDoNotExistForACustomerOrAPartner() {
        var manager = bookings.manager();
        String type = bookings.serviceType("GENERAL_SERVICE", 60);
        String name = "甲车主" + UUID.randomUUID().toString().substring(0, 6);
        var a = TestAccounts.register(TestAccounts.newPhone(), name);
        var b = TestAccounts.customer();
        String partner = Callers.partner(manager, PartnerScopes.BOOKINGS_READ, PartnerScopes.BOOKINGS_WRITE, PartnerScopes.REPAIRS_READ);
        secrets.addAll(List.of(a.phone(), name));
        String bookedCar = vehicle(a);
        String repairedCar = vehicle(a);
        var owner = new BookingFixtures.Customer(a, repairedCar, null);

        // A's booking.
        LocalDate day = BookingFixtures.bookableDay(type);
        List<String> starts = BookingFixtures.availability(type, day, day).getList("slots.start");
        String booking = given().auth().oauth2(a.accessToken()).contentType(ContentType.JSON)
                .body(BookingFixtures.booking(bookedCar, type, starts.get(0))).post("/api/v1/appointments")
                .then().statusCode(201).extract().path("id");
        Supplier<String> bookingState = () -> get(a, "/api/v1/appointments/" + booking) + get(a, "/api/v1/appointments/" + booking + "/history");
        String other = starts.get(starts.size() - 1);
        for (String token : List.of(b.accessToken(), partner)) {
            probe("getAppointment", token, "GET", "/api/v1/appointments/" + booking, null, bookingState);
            probe("getAppointmentHistory", token, "GET", "/api/v1/appointments/" + booking + "/history", null, bookingState);
            probe("rescheduleAppointment", token, "POST", "/api/v1/appointments/" + booking + "/reschedule", Map.of("start", other), bookingState);
            probe("cancelAppointment", token, "POST", "/api/v1/appointments/" + booking + "/cancel", Map.of("reason", "不去了"), bookingState);
        }
        Supplier<String> carBookings = () -> Db.query("select vehicle_id, count(*) as n from appointment where vehicle_id in (?, ?) "
                + "group by 1 order by 1", UUID.fromString(bookedCar), UUID.fromString(repairedCar)).toString() + get(a, "/api/v1/me/vehicles");
        reference("book", b.accessToken(), "/api/v1/appointments", id -> BookingFixtures.booking(id, type, other), repairedCar, carBookings);
        Map<String, Object> byPlate = new java.util.HashMap<>(BookingFixtures.booking(repairedCar, type, other));
        byPlate.remove("vehicleId");
        byPlate.put("plate", plateOf(a, repairedCar));
        refused("book", b.accessToken(), "/api/v1/appointments", byPlate, carBookings);
        probe("updateMyVehicle", b.accessToken(), "PUT", "/api/v1/me/vehicles/" + bookedCar,
                BookingFixtures.vehicleBody(BookingFixtures.plate()), carBookings);

        // A's repair order, with B's own order beside it, through its whole life.
        String order = repairs.checkIn(owner);
        String bOrder = repairs.checkIn(bookings.customerWithVehicle());
        String attachment = given().auth().oauth2(repairs.advisor().accessToken())
                .multiPart("purpose", "CHECK_IN").multiPart("file", "damage.jpg", JPEG, "image/jpeg")
                .post("/api/v1/repair-orders/" + order + "/attachments").then().statusCode(201).extract().path("id");
        repairs.sendEstimate(order, 60).statusCode(200);
        String o = "/api/v1/repair-orders/" + order;
        Supplier<String> orderState = () -> get(a, o) + get(a, o + "/timeline") + get(a, o + "/rating") + get(a, o + "/settlement/document");
        List<String> items = given().auth().oauth2(a.accessToken()).get(o).then().extract().jsonPath().getList("estimate.items.id");
        for (String token : List.of(b.accessToken(), partner)) {
            probe("getRepairOrder", token, "GET", o, null, orderState);
            probe("getRepairTimeline", token, "GET", o + "/timeline", null, orderState);
            probe("getAttachment", token, "GET", o + "/attachments/" + attachment, null, orderState);
        }
        probe("getAttachment", b.accessToken(), "GET", "/api/v1/repair-orders/" + bOrder + "/attachments/" + attachment, null, orderState);
        probe("streamRepairOrder", b.accessToken(), "GET", o + "/events", null, orderState);
        probe("decideItems", b.accessToken(), "POST", o + "/approval",
                Map.of("decisions", items.stream().map(i -> Map.of("itemId", i, "decision", "APPROVED")).toList()), orderState);
        repairs.approveAll(a, order).statusCode(200);
        repairs.move(repairs.lead(), order, "DISPATCHED", null).statusCode(200);
        repairs.move(repairs.technician(), order, "IN_REPAIR", null).statusCode(200);
        repairs.move(repairs.technician(), order, "QUALITY_CHECK", null).statusCode(200);
        repairs.move(repairs.inspector(), order, "READY", null).statusCode(200);
        repairs.settle(order, List.of(Map.of("kind", "PART", "description", "点火线圈", "quantity", 1, "unitPrice", 120,
                "differenceReason", "质检发现点火线圈老化"))).statusCode(200);
        List<String> pending = given().auth().oauth2(a.accessToken()).get(o).then().extract().jsonPath()
                .getList("settlement.lines.findAll { it.decision == 'PENDING' }.id");
        probe("getSettlementDocument", b.accessToken(), "GET", o + "/settlement/document", null, orderState);
        probe("decideSettlementLines", b.accessToken(), "POST", o + "/settlement/decisions",
                Map.of("decisions", pending.stream().map(l -> Map.of("lineId", l, "decision", "APPROVED")).toList()), orderState);
        given().auth().oauth2(a.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("decisions", pending.stream().map(l -> Map.of("lineId", l, "decision", "APPROVED")).toList()))
                .post(o + "/settlement/decisions").then().statusCode(200);
        probe("acknowledgeSettlement", b.accessToken(), "POST", o + "/settlement/acknowledgement",
                Map.of("signature", RepairFixtures.signaturePng()), orderState);
        repairs.sign(a, order).statusCode(200);
        probe("getSettlementSignature", b.accessToken(), "GET", o + "/settlement/signature", null, orderState);
        Object total = given().auth().oauth2(a.accessToken()).get(o).then().extract().path("settlement.total");
        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON).body(RepairFixtures.delivery(total))
                .post(o + "/delivery").then().statusCode(200);
        Map<String, Object> stars = Map.of("overall", 1, "attitude", 1, "professionalism", 1, "speed", 1, "priceFairness", 1,
                "comment", "B 的差评");
        probe("rateVisit", b.accessToken(), "POST", o + "/rating", stars, orderState);
        given().auth().oauth2(a.accessToken()).contentType(ContentType.JSON).body(Map.of("overall", 5, "attitude", 5,
                "professionalism", 5, "speed", 5, "priceFairness", 5)).post(o + "/rating").then().statusCode(201);
        probe("getRating", b.accessToken(), "GET", o + "/rating", null, orderState);
        probe("changeRating", b.accessToken(), "PUT", o + "/rating", stars, orderState);

        // A's complaint about the order, and A's inbox.
        String complaint = given().auth().oauth2(a.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("content", "交车后异响又出现了", "category", "TECHNICAL", "orderId", order))
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
        Supplier<String> complaintState = () -> Db.query("select id, status, customer_id from complaint where order_id = ? order by id",
                UUID.fromString(order)).toString() + Db.query("select count(*) as n from complaint_step where complaint_id = ?",
                UUID.fromString(complaint));
        probe("getComplaint", b.accessToken(), "GET", "/api/v1/complaints/" + complaint, null, complaintState);
        probe("confirmComplaint", b.accessToken(), "POST", "/api/v1/complaints/" + complaint + "/confirmation",
                Map.of("accepted", true, "satisfaction", 5), complaintState);
        reference("fileComplaint", b.accessToken(), "/api/v1/complaints",
                id -> Map.of("content", "我也要投诉", "category", "PRICE", "orderId", id), order, complaintState);
        List<String> inbox = given().auth().oauth2(a.accessToken()).get("/api/v1/notifications").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.readAt == null }.id");
        assertThat(inbox).as("A has unread notifications").isNotEmpty();
        probe("markNotificationRead", b.accessToken(), "POST", "/api/v1/notifications/" + inbox.get(0) + "/read", null,
                () -> get(a, "/api/v1/notifications"));

        // B's and the partner's lists.
        List<String> aIds = List.of(booking, order, complaint, bookedCar, repairedCar, attachment);
        for (String list : List.of("/api/v1/appointments", "/api/v1/repair-orders", "/api/v1/complaints", "/api/v1/complaints?mine=true",
                "/api/v1/notifications", "/api/v1/me/vehicles")) {
            listHoldsNoneOf(b.accessToken(), list, aIds, inbox);
        }
        listHoldsNoneOf(partner, "/api/v1/appointments", aIds, inbox);
        listHoldsNoneOf(partner, "/api/v1/repair-orders", aIds, inbox);

        Set<String> customerOps = AuthorizationMatrixTest.parse(AuthorizationMatrixTest.MATRIX).entrySet().stream()
                .filter(e -> e.getValue().get(Who.CUSTOMER).equals("ok")).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> classified = new TreeSet<>(probed);
        classified.addAll(LISTS);
        classified.addAll(NOTHING_OF_ANOTHERS.keySet());
        System.out.printf("Another customer's ids: %d calls over %d operations probed, %d lists, %d operations naming nothing of another's; %d wrong%n",
                calls, probed.size(), LISTS.size(), NOTHING_OF_ANOTHERS.size(), failures.size());
        assertThat(failures).as("Another's things answered otherwise than 404, or changed").isEmpty();
        assertThat(classified).as("Every operation a customer may call is probed, listed or declared to name nothing of another's")
                .isEqualTo(customerOps);
    }

    /** A's vehicle, whose plate and VIN are secrets B must never see. */
    private String vehicle(TestAccounts.Login owner) {
        String plate = BookingFixtures.plate();
        Map<String, Object> body = BookingFixtures.vehicleBody(plate);
        secrets.addAll(List.of(plate, (String) body.get("vin")));
        return given().auth().oauth2(owner.accessToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/me/vehicles").then().statusCode(201).extract().path("id");
    }

    /**
     * A's thing named in the body of a call on a resource of B's own (a booking of A's car, a complaint about A's
     * order): refused exactly as the same call naming a thing that does not exist (a 404, or a 400 on the field), so
     * that the answer does not even tell that A's thing exists; nothing of A's told, nothing changed.
     */
    private void reference(String operation, String token, String path, java.util.function.Function<String, Object> body,
                           String aId, Supplier<String> state) {
        String before = state.get();
        String nobody = UUID.randomUUID().toString();
        Http.Answer answer = Http.send("POST", path, token, "application/json", json(body.apply(aId)));
        Http.Answer baseline = Http.send("POST", path, token, "application/json", json(body.apply(nobody)));
        calls += 2;
        probed.add(operation);
        String call = operation + " POST " + path + " naming " + aId;
        if (answer.status() < 400 || answer.status() >= 500 || !answer.isProblem()) {
            failures.add(call + ": " + answer.status() + " " + answer.contentType() + " " + answer.body());
        }
        if (!comparable(answer.body(), aId).equals(comparable(baseline.body(), nobody)) || answer.status() != baseline.status()) {
            failures.add(call + " is told apart from a thing that does not exist:\n  " + answer.status() + " " + answer.body()
                    + "\n  " + baseline.status() + " " + baseline.body());
        }
        for (String secret : secrets) {
            if (answer.body().contains(secret)) {
                failures.add(call + " told " + secret);
            }
        }
        if (!state.get().equals(before)) {
            failures.add(call + " changed A's thing");
        }
    }

    private static String comparable(String problem, String id) {
        return problem.replace(id, "<id>").replaceAll("\"requestId\":\"[^\"]*\"", "");
    }

    /** A call that names A's thing other than by its id (a plate): refused, whatever the status, telling nothing, changing nothing. */
    private void refused(String operation, String token, String path, Object body, Supplier<String> state) {
        String before = state.get();
        Http.Answer answer = Http.send("POST", path, token, "application/json", json(body));
        calls++;
        String call = operation + " POST " + path + " " + json(body);
        if (answer.status() < 400 || answer.status() >= 500 || !answer.isProblem()) {
            failures.add(call + ": " + answer.status() + " " + answer.contentType() + " " + answer.body());
        }
        for (String secret : secrets) {
            if (answer.body().contains(secret) && !json(body).contains(secret)) {
                failures.add(call + " told " + secret);
            }
        }
        if (!state.get().equals(before)) {
            failures.add(call + " changed A's thing");
        }
    }

    private static String plateOf(TestAccounts.Login owner, String vehicle) {
        return given().auth().oauth2(owner.accessToken()).get("/api/v1/me/vehicles").then().statusCode(200).extract().jsonPath()
                .getString("find { it.id == '" + vehicle + "' }.plate");
    }

    /** The call on A's thing is a 404 problem that tells nothing of A's, and A's thing is as it was. */
    private void probe(String operation, String token, String method, String path, Object body, Supplier<String> state) {
        String before = state.get();
        Http.Answer answer = Http.send(method, path, token, body == null ? null : "application/json", json(body));
        calls++;
        probed.add(operation);
        String call = operation + " " + method + " " + path;
        if (answer.status() != 404 || !answer.isProblem() || !answer.body().contains("/problems/not-found")) {
            failures.add(call + ": " + answer.status() + " " + answer.contentType() + " " + answer.body());
        }
        for (String secret : secrets) {
            if (answer.body().contains(secret)) {
                failures.add(call + " told " + secret);
            }
        }
        String after = state.get();
        if (!after.equals(before)) {
            failures.add(call + " changed A's thing:\n  before " + before + "\n  after  " + after);
        }
    }

    private void listHoldsNoneOf(String token, String path, List<String> ids, List<String> inbox) {
        Http.Answer answer = Http.send("GET", path, token, null, null);
        calls++;
        if (answer.status() != 200) {
            failures.add("GET " + path + ": " + answer.status() + " " + answer.body());
        }
        List<String> leaks = new ArrayList<>(ids);
        leaks.addAll(inbox);
        leaks.addAll(secrets);
        for (String leak : leaks) {
            if (answer.body().contains(leak)) {
                failures.add("GET " + path + " lists " + leak + " of A's");
            }
        }
    }

    private static String get(TestAccounts.Login who, String path) {
        var r = given().auth().oauth2(who.accessToken()).get(path).then().extract();
        // A problem's requestId differs from request to request; the rest is A's thing.
        return r.statusCode() + " " + r.asString().replaceAll("\"requestId\":\"[^\"]*\"", "");
    }

    private static String json(Object body) {
        try {
            return body == null ? null : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

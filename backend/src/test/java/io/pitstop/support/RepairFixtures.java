package io.pitstop.support;

import io.pitstop.identity.Role;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Repair orders in a given state, made through the API as the people of the shop would. */
@ApplicationScoped
public class RepairFixtures {

    private final BookingFixtures bookings;
    private final TestAccounts accounts;
    private TestAccounts.Login advisor;
    private TestAccounts.Login lead;
    private TestAccounts.Login technician;
    private TestAccounts.Login inspector;

    public RepairFixtures(BookingFixtures bookings, TestAccounts accounts) {
        this.bookings = bookings;
        this.accounts = accounts;
    }

    public synchronized TestAccounts.Login advisor() {
        return advisor == null ? advisor = accounts.staff(Role.ADVISOR) : advisor;
    }

    public synchronized TestAccounts.Login lead() {
        return lead == null ? lead = accounts.staff(Role.TEAM_LEAD) : lead;
    }

    public synchronized TestAccounts.Login technician() {
        return technician == null ? technician = accounts.staff(Role.TECHNICIAN) : technician;
    }

    public synchronized TestAccounts.Login inspector() {
        return inspector == null ? inspector = accounts.staff(Role.INSPECTOR) : inspector;
    }

    public BookingFixtures.Customer customer() {
        return bookings.customerWithVehicle();
    }

    public static Map<String, Object> walkIn(String vehicleId) {
        return Map.of("vehicleId", vehicleId, "mileageKm", 42180, "fuelLevel", "HALF", "bodyDamage", "左后门轻微划痕",
                "warningLights", List.of("ENGINE"), "symptoms", "冷车启动时发动机异响", "faultReproduced", "YES");
    }

    /** A required labour item (2 h x 200) and an optional part (1 x 480). */
    public static Map<String, Object> estimate(int minutes) {
        return Map.of("durationMinutes", minutes, "diagnosis", "火花塞老化", "items", List.of(
                Map.of("kind", "LABOUR", "description", "更换火花塞", "quantity", 2, "unitPrice", 200, "necessity", "REQUIRED",
                        "reason", "火花塞电极烧蚀"),
                Map.of("kind", "PART", "description", "空调滤芯", "partNumber", "AC-123", "quantity", 1, "unitPrice", 480,
                        "necessity", "OPTIONAL", "reason", "滤芯较脏")));
    }

    public String checkIn(BookingFixtures.Customer c) {
        return given().auth().oauth2(advisor().accessToken()).contentType(ContentType.JSON).body(walkIn(c.vehicleId()))
                .post("/api/v1/repair-orders").then().statusCode(201).extract().path("id");
    }

    public ValidatableResponse sendEstimate(String id, int minutes) {
        return given().auth().oauth2(advisor().accessToken()).contentType(ContentType.JSON).body(estimate(minutes))
                .post("/api/v1/repair-orders/" + id + "/estimate").then();
    }

    /** The customer approves every pending item. */
    public ValidatableResponse approveAll(TestAccounts.Login customer, String id) {
        List<String> pending = given().auth().oauth2(customer.accessToken()).get("/api/v1/repair-orders/" + id)
                .then().statusCode(200).extract().jsonPath().getList("estimate.items.findAll { it.decision == 'PENDING' }.id");
        return given().auth().oauth2(customer.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("decisions", pending.stream().map(i -> Map.of("itemId", i, "decision", "APPROVED")).toList()))
                .post("/api/v1/repair-orders/" + id + "/approval").then();
    }

    public ValidatableResponse move(TestAccounts.Login who, String id, String to, String reason) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("to", to);
        if (reason != null) {
            body.put("reason", reason);
        }
        if (to.equals("DISPATCHED")) {
            body.put("technicianId", technician().id());
        }
        return given().auth().oauth2(who.accessToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/repair-orders/" + id + "/transitions").then();
    }

    public String approved(BookingFixtures.Customer c, int minutes) {
        String id = checkIn(c);
        sendEstimate(id, minutes).statusCode(200);
        approveAll(c.login(), id).statusCode(200);
        return id;
    }

    public String inRepair(BookingFixtures.Customer c, int minutes) {
        String id = approved(c, minutes);
        move(lead(), id, "DISPATCHED", null).statusCode(200);
        move(technician(), id, "IN_REPAIR", null).statusCode(200);
        return id;
    }

    /** A repair that passed QC: READY for its settlement. */
    public String ready(BookingFixtures.Customer c) {
        String id = inRepair(c, 60);
        move(technician(), id, "QUALITY_CHECK", null).statusCode(200);
        move(inspector(), id, "READY", null).statusCode(200);
        return id;
    }

    /** The settlement as estimated, one line per approved item, plus the given new lines. */
    public ValidatableResponse settle(String id, List<Map<String, Object>> extra) {
        var items = given().auth().oauth2(advisor().accessToken()).get("/api/v1/repair-orders/" + id).then().statusCode(200)
                .extract().jsonPath().getList("estimate.items", Map.class);
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (Map<?, ?> i : items) {
            lines.add(Map.of("itemId", i.get("id"), "kind", i.get("kind"), "description", i.get("description"),
                    "quantity", i.get("quantity"), "unitPrice", i.get("unitPrice")));
        }
        lines.addAll(extra);
        return given().auth().oauth2(advisor().accessToken()).contentType(ContentType.JSON).body(Map.of("lines", lines))
                .put("/api/v1/repair-orders/" + id + "/settlement").then();
    }

    /** The owner signs with a drawn signature. */
    public ValidatableResponse sign(TestAccounts.Login owner, String id) {
        return given().auth().oauth2(owner.accessToken()).contentType(ContentType.JSON).body(Map.of("signature", signaturePng()))
                .post("/api/v1/repair-orders/" + id + "/settlement/acknowledgement").then();
    }

    /** Paid in full by WeChat Pay. */
    public static Map<String, Object> delivery(Object amount) {
        return Map.of("nextServiceDueDate", java.time.LocalDate.now().plusMonths(6).toString(), "nextServiceDueKm", 52000,
                "payment", Map.of("method", "WECHAT_PAY", "amount", amount, "invoiceNumber", "31002400000012345678"));
    }

    /** A repair handed over: QC passed, settlement as estimated, signed by the owner, paid, delivered. */
    public String delivered(BookingFixtures.Customer c) {
        String id = ready(c);
        Object total = settle(id, List.of()).statusCode(200).extract().path("settlement.total");
        sign(c.login(), id).statusCode(200);
        given().auth().oauth2(advisor().accessToken()).contentType(ContentType.JSON).body(delivery(total))
                .post("/api/v1/repair-orders/" + id + "/delivery").then().statusCode(200);
        return id;
    }

    /** A real PNG, as a phone's canvas would send it (data: URL), with a stroke drawn on it. */
    public static String signaturePng() {
        var image = new java.awt.image.BufferedImage(120, 40, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.BLACK);
        g.drawLine(5, 30, 115, 10);
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(out.toByteArray());
    }

    public ValidatableResponse update(String id, String message) {
        return given().auth().oauth2(advisor().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("message", message, "step", "更换火花塞", "remainingMinutes", 40))
                .post("/api/v1/repair-orders/" + id + "/updates").then();
    }
}

package io.pitstop.repair;

import io.pitstop.support.BookingFixtures;
import io.pitstop.support.Db;
import io.pitstop.support.Inbox;
import io.pitstop.support.PartsFixtures;
import io.pitstop.support.RepairFixtures;
import io.pitstop.support.TestAccounts;
import io.pitstop.identity.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 14: a part not on the shelf puts the order in WAITING_PARTS with the purchase order's expected arrival, the
 * advisor gets the delay to send (reason the part, new time from the arrival), receiving the part moves the order on
 * and tells the workshop; a cancelled or declined order holds no part.
 */
@QuarkusTest
class PartsShortageTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    RepairFixtures repairs;
    @Inject
    PartsFixtures parts;
    @Inject
    io.pitstop.support.TestAccounts accounts;
    @Inject
    io.pitstop.support.MutableClock clock;
    @Inject
    io.pitstop.repair.service.RepairJobs jobs;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    /** An estimate of an hour's labour and one catalogue part (its description left to the catalogue's name). */
    static Map<String, Object> estimateWith(String partId, int quantity) {
        Map<String, Object> part = new HashMap<>(Map.of("kind", "PART", "partId", partId, "quantity", quantity, "unitPrice", 120,
                "necessity", "REQUIRED", "reason", "刹车片剩余 2 mm"));
        return Map.of("durationMinutes", 60, "diagnosis", "刹车片磨损", "items", List.of(
                Map.of("kind", "LABOUR", "description", "更换刹车片工时", "quantity", 1, "unitPrice", 200, "necessity", "REQUIRED",
                        "reason", "刹车片磨损"), part));
    }

    static OffsetDateTime inThreeDaysAtTen() {
        return LocalDate.now(SHANGHAI).plusDays(3).atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toOffsetDateTime();
    }

    private String estimated(BookingFixtures.Customer c, Map<String, Object> estimate) {
        String id = repairs.checkIn(c);
        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON).body(estimate)
                .post("/api/v1/repair-orders/" + id + "/estimate").then().statusCode(200);
        return id;
    }

    private JsonPath order(TestAccounts.Login who, String id, String language) {
        return given().auth().oauth2(who.accessToken()).header("Accept-Language", language).get("/api/v1/repair-orders/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    private List<Map<String, Object>> timeline(TestAccounts.Login who, String id) {
        return given().auth().oauth2(who.accessToken()).get("/api/v1/repair-orders/" + id + "/timeline")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    @Test
    void aShortageWaitsForThePurchaseOrderProposesTheDelayAndTheArrivalSendsTheOrderToDispatch() {
        String supplier = parts.supplier();
        String part = parts.part(supplier, "前刹车片", "Front brake pads");
        OffsetDateTime expected = inThreeDaysAtTen();
        String po = parts.ordered(supplier, part, 1, expected);
        var c = repairs.customer();
        String id = estimated(c, estimateWith(part, 1));

        repairs.approveAll(c.login(), id).statusCode(200).body("status", equalTo("WAITING_PARTS"));

        JsonPath staff = order(repairs.advisor(), id, "zh-CN");
        assertThat(staff.getString("estimate.items[1].description")).isEqualTo("前刹车片");
        assertThat(staff.getString("estimate.items[1].partId")).isEqualTo(part);
        assertThat(staff.getBoolean("estimate.items[1].sublet")).isFalse();
        assertThat(staff.getString("estimate.items[1].supply.state")).isEqualTo("SHORT");
        assertThat(OffsetDateTime.parse(staff.getString("estimate.items[1].supply.expectedAt"))).isEqualTo(expected);
        assertThat(staff.getString("estimate.items[1].supply.purchaseOrderId")).isEqualTo(po);
        assertThat(staff.getString("delayProposal.reason")).isEqualTo("PART_OUT_OF_STOCK");
        assertThat(staff.getString("delayProposal.detail")).contains("前刹车片");
        // The latest arrival plus the hour of work still to do, in opening hours (10:00 + 1 h).
        OffsetDateTime proposed = OffsetDateTime.parse(staff.getString("delayProposal.newPromisedAt"));
        assertThat(proposed).isEqualTo(expected.plusHours(1));
        assertThat(order(repairs.advisor(), id, "en").getString("delayProposal.detail")).contains("Front brake pads");

        JsonPath owner = order(c.login(), id, "zh-CN");
        assertThat(owner.getString("delayProposal")).isNull();
        assertThat(owner.getString("estimate.items[1].supply.state")).isEqualTo("SHORT");
        assertThat(owner.getString("estimate.items[1].supply.expectedAt")).isNotNull();
        assertThat(owner.getString("estimate.items[1].supply.purchaseOrderId")).isNull();
        assertThat(owner.getString("estimate.items[1].supply.reserved")).isNull();
        assertThat(timeline(c.login(), id)).anySatisfy(e -> assertThat(e).containsEntry("type", "WAITING_PARTS")
                .containsEntry("status", "WAITING_PARTS").hasEntrySatisfying("message", m -> assertThat((String) m).contains("前刹车片")));
        assertThat(Inbox.about(repairs.advisor(), "REPAIR_PARTS_SHORT", "repair_order_id", id)).isEqualTo(1);
        assertThat(Db.query("""
                select o.payload from outbox_message o join notification n on n.id = o.notification_id
                where n.recipient_id = ? and n.kind = 'REPAIR_WAITING_PARTS' and o.channel = 'SMS'""", UUID.fromString(c.login().id())))
                .singleElement().satisfies(row -> assertThat((String) row.get("payload")).contains("前刹车片"));
        assertThat(Inbox.about(repairs.lead(), "REPAIR_TO_DISPATCH", "repair_order_id", id)).isZero();

        // The advisor sends the proposal with a compensation: the owner reads the delay, reason the part.
        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("reason", staff.getString("delayProposal.reason"), "detail", staff.getString("delayProposal.detail"),
                        "newPromisedAt", staff.getString("delayProposal.newPromisedAt"), "compensation", "FREE_WASH"))
                .post("/api/v1/repair-orders/" + id + "/delays").then().statusCode(200)
                .body("delayProposal", nullValue());
        assertThat(timeline(c.login(), id)).anySatisfy(e -> assertThat(e).containsEntry("type", "DELAY")
                .containsEntry("delayReason", "PART_OUT_OF_STOCK").containsEntry("compensation", "FREE_WASH"));
        given().auth().oauth2(c.login().accessToken()).get("/api/v1/repair-orders/" + id).then()
                .body("delays[0].reason", equalTo("PART_OUT_OF_STOCK"))
                .body("delayed", equalTo(true));

        // The part arrives (later than the dispatch limit after the approval): the order is approved again and waits for
        // its dispatch, the team leads are told.
        clock.advance(java.time.Duration.ofMinutes(10));
        parts.receive(po, 1);
        JsonPath after = order(repairs.advisor(), id, "zh-CN");
        assertThat(after.getString("status")).isEqualTo("APPROVED");
        assertThat(after.getString("estimate.items[1].supply.state")).isEqualTo("RESERVED");
        assertThat(after.getString("delayProposal")).isNull();
        assertThat(timeline(c.login(), id)).anySatisfy(e -> assertThat(e).containsEntry("type", "PARTS_ARRIVED")
                .containsEntry("status", "APPROVED"));
        assertThat(Inbox.about(repairs.lead(), "REPAIR_TO_DISPATCH", "repair_order_id", id)).isEqualTo(1);
        // Its dispatch limit counts from the arrival, not from the approval the part kept waiting.
        runDispatchWatch();
        assertThat(Inbox.about(repairs.lead(), "REPAIR_DISPATCH_OVERDUE", "repair_order_id", id)).isZero();
        clock.advance(java.time.Duration.ofMinutes(6));
        runDispatchWatch();
        assertThat(Inbox.about(repairs.lead(), "REPAIR_DISPATCH_OVERDUE", "repair_order_id", id)).isEqualTo(1);
        repairs.move(repairs.lead(), id, "DISPATCHED", null).statusCode(200);
    }

    /**
     * A safety-critical order already dispatched, then kept two hours waiting for a part its supplement needed: the
     * start limit counts from the arrival, so the workshop is not told "safety work not started" the moment it arrives.
     */
    @Test
    void aSafetyCriticalOrderThatWaitedAfterItsDispatchHasItsStartLimitFromTheArrival() {
        String supplier = parts.supplier();
        String part = parts.part(supplier, "制动软管", "Brake hose");
        String po = parts.ordered(supplier, part, 1, inThreeDaysAtTen());
        var c = repairs.customer();
        Map<String, Object> walkIn = new HashMap<>(RepairFixtures.walkIn(c.vehicleId()));
        walkIn.put("safetyCritical", true);
        String id = given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON).body(walkIn)
                .post("/api/v1/repair-orders").then().statusCode(201).extract().path("id");
        repairs.sendEstimate(id, 60).statusCode(200);
        repairs.approveAll(c.login(), id).statusCode(200);
        repairs.move(repairs.lead(), id, "DISPATCHED", null).statusCode(200);
        Map<String, Object> hose = Map.of("kind", "PART", "partId", part, "quantity", 1, "unitPrice", 260, "necessity", "REQUIRED",
                "reason", "制动软管老化开裂");
        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("finding", "检查发现制动软管开裂", "items", List.of(hose)))
                .post("/api/v1/repair-orders/" + id + "/supplements").then().statusCode(200);
        repairs.approveAll(c.login(), id).statusCode(200).body("status", equalTo("WAITING_PARTS"));

        clock.advance(java.time.Duration.ofHours(2));
        runDispatchWatch();
        parts.receive(po, 1);
        assertThat(order(repairs.advisor(), id, "zh-CN").getString("status")).isEqualTo("DISPATCHED");
        runDispatchWatch();
        assertThat(Inbox.about(repairs.lead(), "REPAIR_START_OVERDUE", "repair_order_id", id)).isZero();

        clock.advance(java.time.Duration.ofMinutes(31));
        runDispatchWatch();
        assertThat(Inbox.about(repairs.lead(), "REPAIR_START_OVERDUE", "repair_order_id", id)).isEqualTo(1);
        assertThat(Inbox.about(repairs.lead(), "REPAIR_DISPATCH_OVERDUE", "repair_order_id", id)).isZero();
    }

    private void runDispatchWatch() {
        try {
            io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(jobs::watchDispatch);
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aPartShortDuringTheRepairComesBackToTheTechnicianWhoAsksForIt() {
        String supplier = parts.supplier();
        String part = parts.part(supplier, "刹车盘", "Brake disc");
        String po = parts.ordered(supplier, part, 2, inThreeDaysAtTen());
        var c = repairs.customer();
        String id = repairs.inRepair(c, 60);
        Map<String, Object> disc = Map.of("kind", "PART", "partId", part, "quantity", 2, "unitPrice", 300, "necessity", "REQUIRED",
                "reason", "刹车盘有裂纹");
        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("finding", "拆检发现刹车盘有裂纹", "items", List.of(disc)))
                .post("/api/v1/repair-orders/" + id + "/supplements").then().statusCode(200);
        repairs.approveAll(c.login(), id).statusCode(200).body("status", equalTo("WAITING_PARTS"));
        // Waiting for ordered parts is not resumed by hand only when it began before the repair: this one began during it.
        assertThat(order(repairs.technician(), id, "zh-CN").getList("nextSteps")).contains("IN_REPAIR");

        parts.receive(po, 2);
        assertThat(order(repairs.advisor(), id, "zh-CN").getString("status")).isEqualTo("IN_REPAIR");
        assertThat(Inbox.about(repairs.technician(), "REPAIR_PARTS_ARRIVED", "repair_order_id", id)).isEqualTo(1);
        assertThat(Inbox.param(repairs.technician(), "REPAIR_PARTS_ARRIVED", "repair_order_id", id, "parts")).contains("刹车盘");

        TestAccounts.Login another = accounts.staff(Role.TECHNICIAN);
        given().auth().oauth2(another.accessToken()).post("/api/v1/repair-orders/" + id + "/parts-requests").then().statusCode(403);
        given().auth().oauth2(c.login().accessToken()).post("/api/v1/repair-orders/" + id + "/parts-requests").then().statusCode(403);
        given().auth().oauth2(repairs.technician().accessToken()).post("/api/v1/repair-orders/" + id + "/parts-requests").then()
                .statusCode(200)
                .body("estimate.items.find { it.partId == '" + part + "' }.supply.requestedAt", notNullValue());
    }

    @Test
    void aCancelledOrderReleasesItsReservationAndADeclinedOneNeverHoldsAPart() {
        String supplier = parts.supplier();
        String part = parts.inStock(supplier, 2);
        var c = repairs.customer();
        String id = estimated(c, estimateWith(part, 1));
        repairs.approveAll(c.login(), id).statusCode(200).body("status", equalTo("APPROVED"))
                .body("estimate.items[1].supply.state", equalTo("RESERVED"));
        assertThat(new BigDecimal(parts.stock(part).get("reserved").toString())).isEqualByComparingTo("1");
        assertThat(Inbox.about(repairs.lead(), "REPAIR_TO_DISPATCH", "repair_order_id", id)).isEqualTo(1);

        repairs.move(repairs.advisor(), id, "CANCELLED", "客户改期").statusCode(200)
                .body("estimate.items[1].supply.state", equalTo("RELEASED"));
        assertThat(new BigDecimal(parts.stock(part).get("reserved").toString())).isEqualByComparingTo("0");
        assertThat(new BigDecimal(parts.stock(part).get("available").toString())).isEqualByComparingTo("2");
        assertThat(Db.query("select kind from stock_movement where order_id = ? order by id", UUID.fromString(id)))
                .extracting(r -> r.get("kind")).containsExactly("RESERVED", "RELEASED");

        var d = repairs.customer();
        String declined = estimated(d, estimateWith(part, 1));
        List<String> items = given().auth().oauth2(d.login().accessToken()).get("/api/v1/repair-orders/" + declined).then()
                .extract().jsonPath().getList("estimate.items.id");
        given().auth().oauth2(d.login().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("decisions", items.stream().map(i -> Map.of("itemId", i, "decision", "DECLINED")).toList()))
                .post("/api/v1/repair-orders/" + declined + "/approval").then().statusCode(200).body("status", equalTo("CANCELLED"));
        assertThat(Db.query("select 1 from stock_movement where order_id = ? and kind = 'RESERVED'", UUID.fromString(declined))).isEmpty();
        assertThat(new BigDecimal(parts.stock(part).get("reserved").toString())).isEqualByComparingTo("0");
    }

    @Test
    void aCatalogueLineIsAPartLineOfAnActivePartAndAFreeTextOneStaysSublet() {
        String part = parts.part(parts.supplier(), "空气滤芯", "Air filter");
        var c = repairs.customer();
        String id = repairs.checkIn(c);
        String estimate = "/api/v1/repair-orders/" + id + "/estimate";
        Map<String, Object> labour = new HashMap<>(Map.of("kind", "LABOUR", "partId", part, "description", "工时", "quantity", 1,
                "unitPrice", 100, "necessity", "REQUIRED", "reason", "x"));
        given().auth().oauth2(repairs.advisor().accessToken()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("durationMinutes", 60, "items", List.of(labour))).post(estimate).then().statusCode(400)
                .body("errors[0].field", equalTo("items[0].partId"))
                .body("errors[0].message", containsString("PART"));
        Map<String, Object> unknown = new HashMap<>(Map.of("kind", "PART", "partId", UUID.randomUUID().toString(), "quantity", 1,
                "unitPrice", 100, "necessity", "REQUIRED", "reason", "x"));
        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("durationMinutes", 60, "items", List.of(unknown))).post(estimate).then().statusCode(400)
                .body("errors[0].field", equalTo("items[0].partId"))
                .body("errors[0].message", containsString("目录"));
        Map<String, Object> nameless = new HashMap<>(Map.of("kind", "PART", "quantity", 1, "unitPrice", 100, "necessity", "REQUIRED",
                "reason", "x"));
        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("durationMinutes", 60, "items", List.of(nameless))).post(estimate).then().statusCode(400)
                .body("errors[0].field", equalTo("items[0].description"));
        assertThat(Db.query("select 1 from estimate_item where order_id = ?", UUID.fromString(id))).isEmpty();

        // The fixture's free-text part (AC-123) is sublet work, unchanged; the catalogue line takes the catalogue's number.
        repairs.sendEstimate(id, 60).statusCode(200)
                .body("estimate.items[1].sublet", equalTo(true))
                .body("estimate.items[1].partNumber", equalTo("AC-123"))
                .body("estimate.items[1].partId", nullValue())
                .body("estimate.items[0].sublet", equalTo(false));
    }

    /**
     * A part taken out of the catalogue cannot go on a new line (400 naming the line), but an estimate that already
     * carries it may be sent again with it (the settlement likewise bills the estimate's parts).
     */
    @Test
    void aPartTakenOutOfTheCatalogueStaysOnTheLinesThatHaveItButGoesOnNoNewOne() {
        String supplier = parts.supplier();
        String part = parts.part(supplier, "雨刮片", "Wiper blades");
        var c = repairs.customer();
        String carrying = estimated(c, estimateWith(part, 1));
        String fresh = repairs.checkIn(repairs.customer());
        parts.withdraw(part);

        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON).body(estimateWith(part, 1))
                .post("/api/v1/repair-orders/" + fresh + "/estimate").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("items[1].partId"));
        assertThat(order(repairs.advisor(), fresh, "zh-CN").getString("status")).isEqualTo("CHECKED_IN");

        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON).body(estimateWith(part, 2))
                .post("/api/v1/repair-orders/" + carrying + "/estimate").then().statusCode(200)
                .body("estimate.items[1].partId", equalTo(part)).body("estimate.items[1].quantity", equalTo(2));
    }
}

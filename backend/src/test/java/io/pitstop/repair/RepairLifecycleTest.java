package io.pitstop.repair;

import io.pitstop.identity.Role;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.RepairFixtures;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.pitstop.support.BookingFixtures.availability;
import static io.pitstop.support.BookingFixtures.bookableDay;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class RepairLifecycleTest {

    @Inject
    RepairFixtures repairs;

    @Inject
    BookingFixtures bookings;

    @Inject
    TestAccounts accounts;

    @Test
    void aBookedCarGoesFromReceptionToDeliveryAndEveryStepIsAnEventInOrder() {
        var c = repairs.customer();
        var advisor = repairs.advisor();
        String type = bookings.serviceType("GENERAL_SERVICE", 60);
        LocalDate day = bookableDay(type);
        String start = availability(type, day, day).getString("slots[0].start");
        String appointment = given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON)
                .body(BookingFixtures.booking(c, type, start)).post("/api/v1/appointments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(advisor.accessToken()).post("/api/v1/appointments/" + appointment + "/confirm").then().statusCode(200);

        Map<String, Object> checkIn = new HashMap<>(RepairFixtures.walkIn(c.vehicleId()));
        checkIn.remove("vehicleId");
        checkIn.put("appointmentId", appointment);
        JsonPath order = given().auth().oauth2(advisor.accessToken()).contentType(ContentType.JSON).body(checkIn)
                .post("/api/v1/repair-orders").then().statusCode(201)
                .body("status", equalTo("CHECKED_IN"))
                .body("appointmentId", equalTo(appointment))
                .body("advisor.id", equalTo(advisor.id()))
                .body("reception.faultReproduced", equalTo("YES"))
                .body("reception.warningLights", equalTo(List.of("ENGINE")))
                .body("promisedAt", nullValue())
                .extract().jsonPath();
        String id = order.getString("id");
        given().auth().oauth2(advisor.accessToken()).get("/api/v1/appointments/" + appointment).then().body("status", equalTo("CHECKED_IN"));

        repairs.sendEstimate(id, 180).statusCode(200)
                .body("status", equalTo("AWAITING_APPROVAL"))
                .body("estimate.pendingTotal", equalTo(880.0f))
                .body("estimate.pendingCount", equalTo(2));
        repairs.approveAll(c.login(), id).statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("promisedAt", notNullValue())
                .body("estimate.approvedTotal", equalTo(880.0f))
                .body("estimate.items[0].decidedBy", equalTo("测试车主"))
                .body("estimate.items[0].decidedByRole", equalTo("CUSTOMER"));

        repairs.move(repairs.lead(), id, "DISPATCHED", null).statusCode(200)
                .body("technician.id", equalTo(repairs.technician().id()));
        repairs.move(repairs.technician(), id, "IN_REPAIR", null).statusCode(200);
        repairs.move(repairs.technician(), id, "WAITING_PARTS", "等待火花塞到货").statusCode(200);
        repairs.move(repairs.technician(), id, "IN_REPAIR", null).statusCode(200);
        repairs.move(repairs.technician(), id, "QUALITY_CHECK", null).statusCode(200);
        repairs.move(repairs.inspector(), id, "IN_REPAIR", "怠速仍不稳").statusCode(200);
        repairs.move(repairs.technician(), id, "QUALITY_CHECK", null).statusCode(200);
        repairs.move(repairs.inspector(), id, "READY", null).statusCode(200).body("readyAt", notNullValue());

        List<String> itemIds = given().auth().oauth2(advisor.accessToken()).get("/api/v1/repair-orders/" + id)
                .then().extract().jsonPath().getList("estimate.items.id");
        given().auth().oauth2(advisor.accessToken()).contentType(ContentType.JSON).body(Map.of("lines", List.of(
                        Map.of("itemId", itemIds.get(0), "kind", "LABOUR", "description", "更换火花塞", "quantity", 2, "unitPrice", 200),
                        Map.of("itemId", itemIds.get(1), "kind", "PART", "description", "空调滤芯", "quantity", 1, "unitPrice", 480),
                        Map.of("kind", "PART", "description", "点火线圈", "quantity", 1, "unitPrice", 120,
                                "differenceReason", "质检发现点火线圈老化，增加 +120"))))
                .put("/api/v1/repair-orders/" + id + "/settlement").then().statusCode(200)
                .body("settlement.total", equalTo(1000.0f))
                .body("settlement.estimatedTotal", equalTo(880.0f))
                .body("settlement.difference", equalTo(120.0f))
                .body("settlement.pendingLines", equalTo(1))
                .body("settlement.lines[2].decision", equalTo("PENDING"));
        Map<String, Object> delivery = RepairFixtures.delivery(1000);
        given().auth().oauth2(advisor.accessToken()).contentType(ContentType.JSON).body(delivery)
                .post("/api/v1/repair-orders/" + id + "/delivery").then().statusCode(409)
                .body("type", containsString("settlement-not-acknowledged"));
        String newLine = given().auth().oauth2(c.login().accessToken()).get("/api/v1/repair-orders/" + id).then()
                .extract().path("settlement.lines[2].id");
        given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("decisions", List.of(Map.of("lineId", newLine, "decision", "APPROVED"))))
                .post("/api/v1/repair-orders/" + id + "/settlement/decisions").then().statusCode(200)
                .body("settlement.pendingLines", equalTo(0));
        repairs.sign(c.login(), id).statusCode(200).body("settlement.acknowledgedBy", equalTo("测试车主"))
                .body("settlement.signatureUrl", containsString("/settlement/signature"));
        given().auth().oauth2(advisor.accessToken()).contentType(ContentType.JSON).body(delivery)
                .post("/api/v1/repair-orders/" + id + "/delivery").then().statusCode(200)
                .body("status", equalTo("DELIVERED"))
                .body("nextServiceDueKm", equalTo(52000));

        List<Map<String, Object>> timeline = given().auth().oauth2(c.login().accessToken()).get("/api/v1/repair-orders/" + id + "/timeline")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(timeline).extracting(e -> e.get("type")).containsExactly("CHECKED_IN", "ESTIMATE_SENT", "ITEMS_DECIDED", "APPROVED",
                "DISPATCHED", "REPAIR_STARTED", "WAITING_PARTS", "REPAIR_RESUMED", "QUALITY_CHECK", "QC_FAILED", "QUALITY_CHECK", "READY",
                "SETTLEMENT_ISSUED", "SETTLEMENT_LINES_DECIDED", "SETTLEMENT_ACKNOWLEDGED", "DELIVERED");
        assertThat(timeline).extracting(e -> e.get("seq")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        assertThat(timeline.get(9)).containsEntry("message", "怠速仍不稳").containsEntry("actorRole", "INSPECTOR");

        given().auth().oauth2(c.login().accessToken()).get("/api/v1/repair-orders").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.status", equalTo("DELIVERED"));
    }

    @Test
    void everyMoveOutsideTheFlowIsRejectedWithConflictAndChangesNothing() {
        var c = repairs.customer();
        var manager = bookings.manager();
        String id = repairs.checkIn(c);
        Map<String, Set<RepairStatus>> legal = Map.of(
                "CHECKED_IN", EnumSet.of(RepairStatus.CANCELLED),
                "AWAITING_APPROVAL", EnumSet.of(RepairStatus.CANCELLED),
                "APPROVED", EnumSet.of(RepairStatus.DISPATCHED, RepairStatus.CANCELLED),
                "DISPATCHED", EnumSet.of(RepairStatus.IN_REPAIR),
                "IN_REPAIR", EnumSet.of(RepairStatus.WAITING_PARTS, RepairStatus.QUALITY_CHECK),
                "QUALITY_CHECK", EnumSet.of(RepairStatus.READY, RepairStatus.IN_REPAIR),
                "READY", EnumSet.noneOf(RepairStatus.class));
        List<Runnable> forward = List.of(
                () -> repairs.sendEstimate(id, 60).statusCode(200),
                () -> repairs.approveAll(c.login(), id).statusCode(200),
                () -> repairs.move(repairs.lead(), id, "DISPATCHED", null).statusCode(200),
                () -> repairs.move(repairs.technician(), id, "IN_REPAIR", null).statusCode(200),
                () -> repairs.move(repairs.technician(), id, "QUALITY_CHECK", null).statusCode(200),
                () -> repairs.move(repairs.inspector(), id, "READY", null).statusCode(200));
        int step = 0;
        for (String status : List.of("CHECKED_IN", "AWAITING_APPROVAL", "APPROVED", "DISPATCHED", "IN_REPAIR", "QUALITY_CHECK", "READY")) {
            int seqBefore = given().auth().oauth2(manager.accessToken()).get("/api/v1/repair-orders/" + id)
                    .then().body("status", equalTo(status)).extract().path("lastSeq");
            for (RepairStatus to : RepairStatus.values()) {
                if (!legal.get(status).contains(to)) {
                    repairs.move(manager, id, to.name(), "because").statusCode(409)
                            .body("type", containsString("illegal-transition"));
                }
            }
            given().auth().oauth2(manager.accessToken()).get("/api/v1/repair-orders/" + id)
                    .then().body("status", equalTo(status)).body("lastSeq", equalTo(seqBefore));
            if (step < forward.size()) {
                forward.get(step++).run();
            }
        }
    }

    @Test
    void dispatchIsRefusedUntilTheCustomerHasDecided() {
        var c = repairs.customer();
        String id = repairs.checkIn(c);
        repairs.move(repairs.lead(), id, "DISPATCHED", null).statusCode(409);
        repairs.sendEstimate(id, 60).statusCode(200);
        repairs.move(repairs.lead(), id, "DISPATCHED", null).statusCode(409)
                .body("detail", containsString("approval"));
        repairs.approveAll(c.login(), id).statusCode(200);
        repairs.move(repairs.lead(), id, "DISPATCHED", null).statusCode(200);
    }

    @Test
    void aSupplementFoundDuringTheRepairNeedsItsOwnApprovalBeforeQualityCheck() {
        var c = repairs.customer();
        String id = repairs.inRepair(c, 60);
        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("finding", "拆检发现刹车盘有裂纹", "items", List.of(Map.of("kind", "PART", "description", "刹车盘",
                        "quantity", 1, "unitPrice", 120, "necessity", "REQUIRED", "reason", "裂纹影响制动安全"))))
                .post("/api/v1/repair-orders/" + id + "/supplements").then().statusCode(200)
                .body("estimate.pendingCount", equalTo(1))
                .body("estimate.items.find { it.round == 1 }.decision", equalTo("PENDING"));
        repairs.move(repairs.technician(), id, "QUALITY_CHECK", null).statusCode(409)
                .body("type", containsString("supplement-pending"));
        repairs.approveAll(c.login(), id).statusCode(200)
                .body("status", equalTo("IN_REPAIR"))
                .body("estimate.approvedTotal", equalTo(1000.0f));
        repairs.move(repairs.technician(), id, "QUALITY_CHECK", null).statusCode(200);
    }

    @Test
    void declinedItemsAreRecordedAndDecliningEverythingCancelsTheOrder() {
        var c = repairs.customer();
        String id = repairs.checkIn(c);
        List<String> items = repairs.sendEstimate(id, 60).statusCode(200).extract().jsonPath().getList("estimate.items.id");
        given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("decisions", List.of(Map.of("itemId", items.get(1), "decision", "DECLINED"))))
                .post("/api/v1/repair-orders/" + id + "/approval").then().statusCode(200)
                .body("status", equalTo("AWAITING_APPROVAL"))
                .body("estimate.declinedTotal", equalTo(480.0f));
        given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("decisions", List.of(Map.of("itemId", items.get(1), "decision", "APPROVED"))))
                .post("/api/v1/repair-orders/" + id + "/approval").then().statusCode(409);
        given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("decisions", List.of(Map.of("itemId", items.get(0), "decision", "DECLINED"))))
                .post("/api/v1/repair-orders/" + id + "/approval").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
    }

    @Test
    void anEstimateIsReplacedUntilTheCustomerStartsDeciding() {
        var c = repairs.customer();
        String id = repairs.checkIn(c);
        repairs.sendEstimate(id, 60).statusCode(200);
        List<String> items = repairs.sendEstimate(id, 90).statusCode(200)
                .body("estimate.items.size()", equalTo(2))
                .body("expectedMinutes", equalTo(90))
                .extract().jsonPath().getList("estimate.items.id");
        given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("decisions", List.of(Map.of("itemId", items.get(0), "decision", "APPROVED"))))
                .post("/api/v1/repair-orders/" + id + "/approval").then().statusCode(200);
        repairs.sendEstimate(id, 60).statusCode(409).body("type", containsString("estimate-decided"));
    }

    @Test
    void aTechnicianCannotApproveAnEstimate() {
        var c = repairs.customer();
        String id = repairs.checkIn(c);
        List<String> items = repairs.sendEstimate(id, 60).statusCode(200).extract().jsonPath().getList("estimate.items.id");
        given().auth().oauth2(repairs.technician().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("decisions", List.of(Map.of("itemId", items.get(0), "decision", "APPROVED"))))
                .post("/api/v1/repair-orders/" + id + "/approval").then().statusCode(403)
                .contentType(containsString("application/problem+json"));
        given().auth().oauth2(c.login().accessToken()).get("/api/v1/repair-orders/" + id).then()
                .body("estimate.pendingCount", equalTo(2));
    }

    @Test
    void anotherCustomersOrderDoesNotExistForThem() {
        var owner = repairs.customer();
        var stranger = repairs.customer();
        String id = repairs.checkIn(owner);
        List<String> items = repairs.sendEstimate(id, 60).statusCode(200).extract().jsonPath().getList("estimate.items.id");
        given().auth().oauth2(stranger.login().accessToken()).get("/api/v1/repair-orders/" + id).then().statusCode(404);
        given().auth().oauth2(stranger.login().accessToken()).get("/api/v1/repair-orders/" + id + "/timeline").then().statusCode(404);
        given().auth().oauth2(stranger.login().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("decisions", List.of(Map.of("itemId", items.get(0), "decision", "APPROVED"))))
                .post("/api/v1/repair-orders/" + id + "/approval").then().statusCode(404);
        given().auth().oauth2(stranger.login().accessToken()).get("/api/v1/repair-orders").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem(id)));
        given().auth().oauth2(owner.login().accessToken()).get("/api/v1/repair-orders/" + id).then()
                .body("estimate.pendingCount", equalTo(2));
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() {
        var c = repairs.customer();
        Map<String, Object> body = new HashMap<>(RepairFixtures.walkIn(c.vehicleId()));
        body.put("symptoms", " ");
        body.put("mileageKm", -1);
        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/repair-orders").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", org.hamcrest.Matchers.hasItems("symptoms", "mileageKm"));
        given().auth().oauth2(c.login().accessToken()).get("/api/v1/repair-orders").then().body("size()", equalTo(0));

        String id = repairs.checkIn(c);
        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("durationMinutes", 60, "items", List.of(Map.of("kind", "PART", "description", "x", "quantity", 0,
                        "unitPrice", 10, "necessity", "REQUIRED", "reason", "r"))))
                .post("/api/v1/repair-orders/" + id + "/estimate").then().statusCode(400)
                .body("errors[0].field", containsString("quantity"));
        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON).body(RepairFixtures.walkIn(c.vehicleId()))
                .post("/api/v1/repair-orders").then().statusCode(409).body("type", containsString("vehicle-in-workshop"));
        given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON).body(RepairFixtures.walkIn(c.vehicleId()))
                .post("/api/v1/repair-orders").then().statusCode(403);
    }

    @Test
    void aSettlementExplainsEveryDifferenceAndNeverBillsDeclinedWork() {
        var c = repairs.customer();
        String id = repairs.checkIn(c);
        List<String> items = repairs.sendEstimate(id, 60).statusCode(200).extract().jsonPath().getList("estimate.items.id");
        given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("decisions", List.of(Map.of("itemId", items.get(0), "decision", "APPROVED"),
                        Map.of("itemId", items.get(1), "decision", "DECLINED"))))
                .post("/api/v1/repair-orders/" + id + "/approval").then().statusCode(200);
        repairs.move(repairs.lead(), id, "DISPATCHED", null).statusCode(200);
        repairs.move(repairs.technician(), id, "IN_REPAIR", null).statusCode(200);
        repairs.move(repairs.technician(), id, "QUALITY_CHECK", null).statusCode(200);
        repairs.move(repairs.inspector(), id, "READY", null).statusCode(200);
        var advisor = repairs.advisor();
        given().auth().oauth2(advisor.accessToken()).contentType(ContentType.JSON).body(Map.of("lines", List.of(
                        Map.of("itemId", items.get(0), "kind", "LABOUR", "description", "更换火花塞", "quantity", 3, "unitPrice", 200))))
                .put("/api/v1/repair-orders/" + id + "/settlement").then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].differenceReason"));
        given().auth().oauth2(advisor.accessToken()).contentType(ContentType.JSON).body(Map.of("lines", List.of(
                        Map.of("itemId", items.get(0), "kind", "LABOUR", "description", "更换火花塞", "quantity", 2, "unitPrice", 200),
                        Map.of("itemId", items.get(1), "kind", "PART", "description", "空调滤芯", "quantity", 1, "unitPrice", 480,
                                "differenceReason", "x"))))
                .put("/api/v1/repair-orders/" + id + "/settlement").then().statusCode(400)
                .body("errors[0].field", equalTo("lines[1].itemId"));
        given().auth().oauth2(advisor.accessToken()).contentType(ContentType.JSON).body(Map.of("lines", List.of(
                        Map.of("kind", "PART", "description", "螺丝", "quantity", 1, "unitPrice", 5, "differenceReason", "x"))))
                .put("/api/v1/repair-orders/" + id + "/settlement").then().statusCode(400)
                .body("errors[0].field", equalTo("lines"));
        given().auth().oauth2(advisor.accessToken()).get("/api/v1/repair-orders/" + id).then().body("settlement", nullValue());
    }

    @Test
    void onlyTheAssignedTechnicianStartsTheWork() {
        var c = repairs.customer();
        String id = repairs.approved(c, 60);
        repairs.move(repairs.lead(), id, "DISPATCHED", null).statusCode(200);
        given().auth().oauth2(repairs.lead().accessToken()).get("/api/v1/board/technicians").then().statusCode(200)
                .body("find { it.id == '" + repairs.technician().id() + "' }.activeOrders", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().auth().oauth2(c.login().accessToken()).get("/api/v1/board/technicians").then().statusCode(403);
        var other = accounts.staff(Role.TECHNICIAN);
        repairs.move(other, id, "IN_REPAIR", null).statusCode(403);
        given().auth().oauth2(repairs.technician().accessToken()).get("/api/v1/repair-orders/" + id).then()
                .body("nextSteps", equalTo(List.of("IN_REPAIR")));
        repairs.move(repairs.technician(), id, "IN_REPAIR", null).statusCode(200);
    }
}

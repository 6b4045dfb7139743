package io.pitstop.repair;

import io.pitstop.support.Db;
import io.pitstop.support.PartsFixtures;
import io.pitstop.support.RepairFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Issue 14.6: at hand-over the old part of every catalogue line is recorded, and the document shows each part's warranty. */
@QuarkusTest
class DeliveryOldPartsTest {

    @Inject
    RepairFixtures repairs;
    @Inject
    PartsFixtures parts;

    /** A READY order with an hour's labour and a catalogue part taken from the shelf, its settlement as estimated. */
    private String settled(io.pitstop.support.BookingFixtures.Customer c, String part) {
        String id = repairs.checkIn(c);
        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON).body(PartsShortageTest.estimateWith(part, 1))
                .post("/api/v1/repair-orders/" + id + "/estimate").then().statusCode(200);
        repairs.approveAll(c.login(), id).statusCode(200).body("status", equalTo("APPROVED"));
        repairs.move(repairs.lead(), id, "DISPATCHED", null).statusCode(200);
        repairs.move(repairs.technician(), id, "IN_REPAIR", null).statusCode(200);
        repairs.move(repairs.technician(), id, "QUALITY_CHECK", null).statusCode(200);
        repairs.move(repairs.inspector(), id, "READY", null).statusCode(200);
        repairs.settle(id, List.of()).statusCode(200);
        repairs.sign(c.login(), id).statusCode(200);
        return id;
    }

    @Test
    void theOldPartOfEveryCatalogueLineIsRequiredStoredAndPrintedWithTheWarranty() {
        String part = parts.inStock(parts.supplier(), 3);
        var c = repairs.customer();
        String id = settled(c, part);
        JsonPath order = given().auth().oauth2(repairs.advisor().accessToken()).get("/api/v1/repair-orders/" + id).then()
                .statusCode(200).extract().jsonPath();
        assertThat(order.getString("settlement.lines[1].partId")).isEqualTo(part);
        assertThat(order.getBoolean("settlement.lines[1].sublet")).isFalse();
        assertThat(order.getInt("settlement.lines[1].warrantyMonths")).isEqualTo(24);
        assertThat(order.getInt("settlement.lines[1].warrantyKm")).isEqualTo(40000);
        String labourLine = order.getString("settlement.lines[0].id");
        String partLine = order.getString("settlement.lines[1].id");
        Object total = order.get("settlement.total");
        String delivery = "/api/v1/repair-orders/" + id + "/delivery";

        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON).body(RepairFixtures.delivery(total))
                .post(delivery).then().statusCode(400)
                .body("errors[0].field", equalTo("oldParts"))
                .body("errors[0].message", containsString("机油滤清器"));
        Map<String, Object> wrong = new HashMap<>(RepairFixtures.delivery(total));
        wrong.put("oldParts", List.of(Map.of("lineId", labourLine, "disposition", "SHOWN_TO_OWNER")));
        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON).body(wrong)
                .post(delivery).then().statusCode(400).body("errors[0].field", equalTo("oldParts[0].lineId"));
        wrong.put("oldParts", List.of(Map.of("lineId", partLine, "disposition", "THROWN_AWAY")));
        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON).body(wrong)
                .post(delivery).then().statusCode(400);
        assertThat(Db.query("select status from repair_order where id = ?", UUID.fromString(id)).get(0).get("status")).isEqualTo("READY");

        Map<String, Object> right = new HashMap<>(RepairFixtures.delivery(total));
        right.put("oldParts", List.of(Map.of("lineId", partLine, "disposition", "TAKEN_BY_OWNER")));
        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON).body(right)
                .post(delivery).then().statusCode(200).body("status", equalTo("DELIVERED"))
                .body("settlement.lines[1].oldPart", equalTo("TAKEN_BY_OWNER"));
        assertThat(Db.query("select old_part from settlement_line where id = ?", UUID.fromString(partLine)).get(0).get("old_part"))
                .isEqualTo("TAKEN_BY_OWNER");
        // Handed over: nothing stays held on the shelf for the order.
        assertThat(new BigDecimal(parts.stock(part).get("reserved").toString())).isEqualByComparingTo("0");

        JsonPath document = given().auth().oauth2(c.login().accessToken()).get("/api/v1/repair-orders/" + id + "/settlement/document")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> card = document.getMap("warranties.find { it.kind == 'PART' }");
        assertThat(card).containsEntry("months", 24).containsEntry("km", 40000).containsEntry("origin", "GENUINE")
                .containsEntry("oldPart", "TAKEN_BY_OWNER").containsEntry("description", "机油滤清器");
        assertThat(card.get("partNumber")).isEqualTo(parts.part(part).getString("partNumber"));
        Map<String, Object> labour = document.getMap("warranties.find { it.kind == 'LABOUR' }");
        assertThat(labour.get("origin")).isNull();
        assertThat(labour.get("oldPart")).isNull();
    }

    @Test
    void aSettlementLineNamesACataloguePartOnlyOnAPartLine() {
        String part = parts.inStock(parts.supplier(), 2);
        var c = repairs.customer();
        String id = repairs.ready(c);
        Map<String, Object> wrong = new HashMap<>(Map.of("kind", "LABOUR", "partId", part, "description", "工时", "quantity", 1,
                "unitPrice", 10, "differenceReason", "x"));
        repairs.settle(id, List.of(wrong)).statusCode(400).body("errors[0].field", equalTo("lines[2].partId"));
        Map<String, Object> added = new HashMap<>(Map.of("kind", "PART", "partId", part, "quantity", 1, "unitPrice", 120,
                "differenceReason", "拆检发现机滤堵塞"));
        repairs.settle(id, List.of(added)).statusCode(200)
                .body("settlement.lines[2].description", equalTo("机油滤清器"))
                .body("settlement.lines[2].partId", equalTo(part))
                .body("settlement.lines[1].sublet", equalTo(true));
    }
}

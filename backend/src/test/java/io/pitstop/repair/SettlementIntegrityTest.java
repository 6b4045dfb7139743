package io.pitstop.repair;

import io.pitstop.support.BookingFixtures;
import io.pitstop.support.Db;
import io.pitstop.support.RepairFixtures;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Issue 12.3: a signed settlement is locked, new lines wait for the owner, the signature is a real image, payment at hand-over. */
@QuarkusTest
class SettlementIntegrityTest {

    private static final Map<String, Object> SENSOR = Map.of("kind", "PART", "description", "刹车片感应线", "quantity", 1,
            "unitPrice", 45, "differenceReason", "更换刹车片时发现感应线老化");

    @Inject
    RepairFixtures repairs;

    private TestAccounts.Login advisor() {
        return repairs.advisor();
    }

    private String signed(BookingFixtures.Customer c) {
        String id = repairs.ready(c);
        repairs.settle(id, List.of()).statusCode(200);
        repairs.sign(c.login(), id).statusCode(200);
        return id;
    }

    @Test
    void aSignedSettlementAnswers409ToAnyChangeAndTheDatabaseRefusesItsLinesChanging() {
        var c = repairs.customer();
        String id = signed(c);
        List<Map<String, Object>> changed = List.of(Map.of("kind", "LABOUR", "description", "优惠工时", "quantity", 1, "unitPrice", 0,
                "differenceReason", "discount"));
        repairs.settle(id, changed).statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("settlement-signed"))
                .body("detail", containsString("重开"));
        given().auth().oauth2(advisor().accessToken()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(SENSOR))).put("/api/v1/repair-orders/" + id + "/settlement").then().statusCode(409)
                .body("type", containsString("settlement-signed"))
                .body("detail", containsString("reopen"));
        given().auth().oauth2(advisor().accessToken()).get("/api/v1/repair-orders/" + id).then()
                .body("settlement.lines", hasSize(2))
                .body("settlement.acknowledgedAt", notNullValue());

        // Behind the use case, the database keeps the lock too.
        assertThatThrownBy(() -> Db.update("update settlement_line set unit_price = 1 where order_id = ?", UUID.fromString(id)))
                .hasMessageContaining("signed");
        assertThatThrownBy(() -> Db.update("delete from settlement_line where order_id = ?", UUID.fromString(id)))
                .hasMessageContaining("signed");
    }

    @Test
    void aChangeAfterReopeningNeedsANewSignature() {
        var c = repairs.customer();
        String id = signed(c);
        given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/v1/repair-orders/" + id + "/settlement/reopening").then().statusCode(403);
        given().auth().oauth2(advisor().accessToken()).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/v1/repair-orders/" + id + "/settlement/reopening").then().statusCode(400)
                .body("errors[0].field", containsString("reason"));

        given().auth().oauth2(advisor().accessToken()).contentType(ContentType.JSON).body(Map.of("reason", "漏记机油添加剂"))
                .post("/api/v1/repair-orders/" + id + "/settlement/reopening").then().statusCode(200)
                .body("settlement.acknowledgedAt", nullValue())
                .body("settlement.signatureUrl", nullValue());
        given().auth().oauth2(advisor().accessToken()).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/api/v1/repair-orders/" + id + "/settlement/reopening").then().statusCode(409)
                .body("type", containsString("settlement-not-signed"));
        List<Map<String, Object>> timeline = given().auth().oauth2(c.login().accessToken())
                .get("/api/v1/repair-orders/" + id + "/timeline").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(timeline).anySatisfy(e -> assertThat(e).containsEntry("type", "SETTLEMENT_REOPENED").containsEntry("message", "漏记机油添加剂"));
        assertThat(Db.query("select count(*) as n from notification where recipient_id = ? and kind = 'REPAIR_SETTLEMENT_REOPENED'",
                UUID.fromString(c.login().id())).get(0).get("n")).isEqualTo(1L);

        Object total = repairs.settle(id, List.of(SENSOR)).statusCode(200).extract().path("settlement.total");
        given().auth().oauth2(advisor().accessToken()).contentType(ContentType.JSON).body(RepairFixtures.delivery(total))
                .post("/api/v1/repair-orders/" + id + "/delivery").then().statusCode(409)
                .body("type", containsString("settlement-not-acknowledged"));
        approveNewLines(c, id, "APPROVED");
        repairs.sign(c.login(), id).statusCode(200).body("settlement.acknowledgedAt", notNullValue());
        given().auth().oauth2(advisor().accessToken()).contentType(ContentType.JSON).body(RepairFixtures.delivery(total))
                .post("/api/v1/repair-orders/" + id + "/delivery").then().statusCode(200).body("status", equalTo("DELIVERED"));
    }

    @Test
    void aLineNeverApprovedBlocksSigningUntilTheOwnerDecides() {
        var c = repairs.customer();
        String id = repairs.ready(c);
        repairs.settle(id, List.of(SENSOR)).statusCode(200)
                .body("settlement.pendingLines", equalTo(1))
                .body("settlement.lines[2].decision", equalTo("PENDING"))
                .body("settlement.lines[0].decision", equalTo("APPROVED"));
        repairs.sign(c.login(), id).statusCode(409).body("type", containsString("settlement-lines-pending"));

        var other = repairs.customer();
        String line = given().auth().oauth2(c.login().accessToken()).get("/api/v1/repair-orders/" + id).then()
                .extract().path("settlement.lines[2].id");
        given().auth().oauth2(other.login().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("decisions", List.of(Map.of("lineId", line, "decision", "APPROVED"))))
                .post("/api/v1/repair-orders/" + id + "/settlement/decisions").then().statusCode(404);
        given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("decisions", List.of(Map.of("lineId", UUID.randomUUID().toString(), "decision", "APPROVED"))))
                .post("/api/v1/repair-orders/" + id + "/settlement/decisions").then().statusCode(400)
                .body("errors[0].field", equalTo("decisions[0].lineId"));

        float before = given().auth().oauth2(c.login().accessToken()).get("/api/v1/repair-orders/" + id).then()
                .extract().path("settlement.total");
        approveNewLines(c, id, "DECLINED")
                .body("settlement.pendingLines", equalTo(0))
                .body("settlement.lines[2].decidedBy", equalTo("测试车主"))
                .body("settlement.total", equalTo(before - 45));
        repairs.sign(c.login(), id).statusCode(200);
    }

    @Test
    void theSignatureMustBeARealPngWithinTheLimit() {
        var c = repairs.customer();
        String id = repairs.ready(c);
        repairs.settle(id, List.of()).statusCode(200);
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        String png = RepairFixtures.signaturePng();
        byte[] realPng = Base64.getDecoder().decode(png.substring(png.indexOf(',') + 1));
        byte[] huge = new byte[300 * 1024];
        System.arraycopy(realPng, 0, huge, 0, realPng.length);
        for (String bad : List.of(Base64.getEncoder().encodeToString(jpeg), "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(realPng),
                "not base64 at all!", Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(realPng, 20)),
                Base64.getEncoder().encodeToString(huge))) {
            given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON).body(Map.of("signature", bad))
                    .post("/api/v1/repair-orders/" + id + "/settlement/acknowledgement").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("signature"));
        }
        given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/repair-orders/" + id + "/settlement/acknowledgement").then().statusCode(400)
                .body("errors.field", hasItem(containsString("signature")));
        given().auth().oauth2(c.login().accessToken()).get("/api/v1/repair-orders/" + id).then()
                .body("settlement.acknowledgedAt", nullValue());

        repairs.sign(c.login(), id).statusCode(200);
        byte[] stored = given().auth().oauth2(c.login().accessToken()).get("/api/v1/repair-orders/" + id + "/settlement/signature")
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(stored).isEqualTo(realPng);
    }

    @Test
    void theHandOverRecordsAPaymentThatMatchesTheTotalOrSaysWhy() {
        var c = repairs.customer();
        String id = signed(c);
        String order = "/api/v1/repair-orders/" + id + "/delivery";
        Map<String, Object> payment = new HashMap<>(Map.of("method", "CASH", "amount", 800, "invoiceNumber", "INV-2026-0001"));
        given().auth().oauth2(advisor().accessToken()).contentType(ContentType.JSON).body(Map.of("payment", payment))
                .post(order).then().statusCode(400).body("errors[0].field", equalTo("payment.differenceReason"));
        given().auth().oauth2(advisor().accessToken()).contentType(ContentType.JSON).body(Map.of())
                .post(order).then().statusCode(400).body("errors.field", hasItem(containsString("payment")));
        given().auth().oauth2(advisor().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("payment", Map.of("method", "CASH", "amount", 880, "invoiceNumber", "<script>")))
                .post(order).then().statusCode(400).body("errors.field", hasItem(containsString("invoiceNumber")));
        given().auth().oauth2(advisor().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("payment", Map.of("method", "BITCOIN", "amount", 880, "invoiceNumber", "INV-1")))
                .post(order).then().statusCode(400);
        given().auth().oauth2(advisor().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("payment", Map.of("method", "CASH", "amount", -1, "invoiceNumber", "INV-2026-0001")))
                .post(order).then().statusCode(400).body("errors.field", hasItem(containsString("amount")));
        given().auth().oauth2(advisor().accessToken()).get("/api/v1/repair-orders/" + id).then().body("status", equalTo("READY"));

        payment.put("differenceReason", "抹零优惠 80 元");
        given().auth().oauth2(advisor().accessToken()).contentType(ContentType.JSON).body(Map.of("payment", payment))
                .post(order).then().statusCode(200).body("status", equalTo("DELIVERED"))
                .body("nextServiceDueKm", equalTo(42180 + 5000))
                .body("nextServiceDueDate", notNullValue());
        given().auth().oauth2(c.login().accessToken()).get("/api/v1/repair-orders/" + id + "/settlement/document").then().statusCode(200)
                .body("payment.method", equalTo("CASH"))
                .body("payment.amount", equalTo(800.0f))
                .body("payment.settlementTotal", equalTo(880.0f))
                .body("payment.difference", equalTo(-80.0f))
                .body("payment.differenceReason", equalTo("抹零优惠 80 元"))
                .body("payment.invoiceNumber", equalTo("INV-2026-0001"));
    }

    @Test
    void theDocumentIsTheOwnersAndStaffsAndNobodyElses() {
        var c = repairs.customer();
        String id = repairs.delivered(c);
        given().auth().oauth2(c.login().accessToken()).get("/api/v1/repair-orders/" + id + "/settlement/document").then().statusCode(200)
                .body("shopName", notNullValue())
                .body("reference", notNullValue())
                .body("vehicle.plate", equalTo(c.plate()))
                .body("customer.name", equalTo("测试车主"))
                .body("settlement.lines", hasSize(2))
                .body("settlement.signatureUrl", equalTo("/api/v1/repair-orders/" + id + "/settlement/signature"))
                .body("payment.invoiceNumber", equalTo("31002400000012345678"))
                .body("warranties", hasSize(2))
                .body("warranties.find { it.kind == 'PART' }.months", equalTo(12))
                .body("warranties.find { it.kind == 'PART' }.km", equalTo(20000))
                .body("warranties.find { it.kind == 'LABOUR' }.months", equalTo(3))
                .body("warranties.find { it.kind == 'LABOUR' }.validUntilKm", equalTo(42180 + 5000))
                .body("nextServiceDueKm", equalTo(52000))
                .body("nextServiceProposed", equalTo(false));
        given().auth().oauth2(advisor().accessToken()).get("/api/v1/repair-orders/" + id + "/settlement/document").then().statusCode(200);
        // Never cached for long: a reopened settlement signed again keeps the URL.
        given().auth().oauth2(c.login().accessToken()).get("/api/v1/repair-orders/" + id + "/settlement/signature").then().statusCode(200)
                .header("Cache-Control", "private, no-cache");

        var other = repairs.customer();
        given().auth().oauth2(other.login().accessToken()).get("/api/v1/repair-orders/" + id + "/settlement/document").then().statusCode(404);
        given().auth().oauth2(other.login().accessToken()).get("/api/v1/repair-orders/" + id + "/settlement/signature").then().statusCode(404);

        String unsettled = repairs.checkIn(other);
        given().auth().oauth2(other.login().accessToken()).get("/api/v1/repair-orders/" + unsettled + "/settlement/document").then()
                .statusCode(404);
    }

    private io.restassured.response.ValidatableResponse approveNewLines(BookingFixtures.Customer c, String id, String decision) {
        List<String> pending = given().auth().oauth2(c.login().accessToken()).get("/api/v1/repair-orders/" + id).then()
                .extract().jsonPath().getList("settlement.lines.findAll { it.decision == 'PENDING' }.id");
        return given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("decisions", pending.stream().map(l -> Map.of("lineId", l, "decision", decision)).toList()))
                .post("/api/v1/repair-orders/" + id + "/settlement/decisions").then().statusCode(200);
    }
}

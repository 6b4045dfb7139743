package io.pitstop.parts;

import io.pitstop.support.PartsFixtures;
import io.pitstop.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** Receiving with the inspector: what is rejected never enters stock; what passes serves the waiting lines in turn. */
@QuarkusTest
class ReceivingTest {

    @Inject
    PartsFixtures fx;

    @Inject
    RecordingArrivals arrivals;

    @Inject
    java.time.Clock clock;

    @Test
    void aRejectedReceiptLineNeverEntersStockAndTheOrderLineStaysOpen() {
        String supplier = fx.supplier();
        String part = fx.part(supplier, "0");
        JsonPath po = fx.sentOrder(supplier, Map.of(part, 5));
        String poId = po.getString("id");
        String line = po.getString("lines[0].id");

        JsonPath receipt = fx.receive(poId, List.of(PartsFixtures.receiptLine(line, 5, 5, "包装破损，型号不符")));
        assertThat(receipt.getFloat("lines[0].passed")).isZero();
        assertThat(receipt.getString("purchaseOrderStatus")).isEqualTo("SENT");
        assertThat(Db.query("select * from stock_movement where part_id = ?", UUID.fromString(part))).isEmpty();
        fx.assertStock(part, "0", "0");
        given().auth().oauth2(fx.parts().accessToken()).get("/api/v1/purchase-orders/" + poId).then().statusCode(200)
                .body("status", equalTo("SENT"))
                .body("lines[0].received", equalTo(0.0f))
                .body("lines[0].rejected", equalTo(5.0f))
                .body("lines[0].open", equalTo(5.0f));

        // a second delivery: 2 of 5 rejected, 3 enter stock
        receipt = fx.receive(poId, List.of(PartsFixtures.receiptLine(line, 5, 2, "外包装受潮")));
        assertThat(receipt.getString("purchaseOrderStatus")).isEqualTo("PARTLY_RECEIVED");
        fx.assertStock(part, "3", "0");
        given().auth().oauth2(fx.parts().accessToken()).get("/api/v1/purchase-orders/" + poId).then()
                .body("lines[0].received", equalTo(3.0f)).body("lines[0].open", equalTo(2.0f));
    }

    @Test
    void aRejectionNeedsItsReasonAndTheReceiptNamesARealInspector() {
        String supplier = fx.supplier();
        String part = fx.part(supplier, "0");
        JsonPath po = fx.sentOrder(supplier, Map.of(part, 5));
        String line = po.getString("lines[0].id");
        given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("inspectorId", fx.inspector().id(), "lines", List.of(PartsFixtures.receiptLine(line, 5, 1, null))))
                .post("/api/v1/purchase-orders/" + po.getString("id") + "/receipts").then().statusCode(400)
                .body("errors.field", hasItem("lines[0].rejectReason"));
        given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("inspectorId", fx.parts().id(), "lines", List.of(PartsFixtures.receiptLine(line, 5, 0, null))))
                .post("/api/v1/purchase-orders/" + po.getString("id") + "/receipts").then().statusCode(400)
                .body("errors.field", hasItem("inspectorId"));
        given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("inspectorId", fx.inspector().id(), "lines", List.of(PartsFixtures.receiptLine(line, 6, 0, null))))
                .post("/api/v1/purchase-orders/" + po.getString("id") + "/receipts").then().statusCode(400)
                .body("errors.field", hasItem("lines[0].arrived"));
        fx.assertStock(part, "0", "0");
        // The desk picks the inspector from those it may name: active inspectors only, never itself.
        given().auth().oauth2(fx.parts().accessToken()).get("/api/v1/purchase-orders/inspectors").then().statusCode(200)
                .body("id", hasItem(fx.inspector().id()))
                .body("id", org.hamcrest.Matchers.not(hasItem(fx.parts().id())));
    }

    @Test
    void passedUnitsServeTheWaitingLinesFirstComeFirstServedAndTellTheirOrders() {
        String supplier = fx.supplier();
        String part = fx.part(supplier, "0");
        Instant t = clock.instant();
        UUID orderA = UUID.randomUUID();
        UUID lineA = UUID.randomUUID();
        UUID orderB = UUID.randomUUID();
        UUID lineB = UUID.randomUUID();
        UUID orderC = UUID.randomUUID();
        UUID lineC = UUID.randomUUID();
        assertThat(fx.reserve(orderA, lineA, part, 2, t.minusSeconds(30)).get(0).state()).isEqualTo(SupplyState.SHORT);
        assertThat(fx.reserve(orderB, lineB, part, 2, t.minusSeconds(20)).get(0).state()).isEqualTo(SupplyState.SHORT);
        List<LineSupply> c = fx.reserve(orderC, lineC, part, 1, t.minusSeconds(10));
        assertThat(c.get(0).state()).isEqualTo(SupplyState.SHORT);
        assertThat(c.get(0).purchaseOrderId()).as("nothing ordered yet: to buy").isNull();
        assertThat(c.get(0).expectedAt()).as("the preferred supplier's lead time").isNotNull();

        JsonPath po = fx.sentOrder(supplier, Map.of(part, 5));
        LineSupply waiting = fx.ofOrder(orderA).get(0);
        assertThat(waiting.purchaseOrderId()).isEqualTo(UUID.fromString(po.getString("id")));
        assertThat(waiting.expectedAt()).isEqualTo(Instant.parse(po.getString("expectedAt")));
        given().auth().oauth2(fx.parts().accessToken()).get("/api/v1/parts/shortages").then().statusCode(200)
                .body("find { it.partId == '" + part + "' }.shortQuantity", equalTo(5.0f))
                .body("find { it.partId == '" + part + "' }.purchaseOrderId", equalTo(po.getString("id")))
                .body("find { it.partId == '" + part + "' }.waiting.lineId", equalTo(List.of(lineA.toString(), lineB.toString(), lineC.toString())));

        // 3 pass: A (2) is served; B (2) does not fit in the 1 left, and C, who came later, does not overtake it
        fx.receive(po.getString("id"), List.of(PartsFixtures.receiptLine(po.getString("lines[0].id"), 3, 0, null)));
        assertThat(fx.ofOrder(orderA).get(0).state()).isEqualTo(SupplyState.RESERVED);
        assertThat(fx.ofOrder(orderB).get(0).state()).isEqualTo(SupplyState.SHORT);
        assertThat(fx.ofOrder(orderC).get(0).state()).isEqualTo(SupplyState.SHORT);
        fx.assertStock(part, "3", "2");
        assertThat(arrivals.of(orderA)).singleElement().satisfies(call -> {
            assertThat(call.lineIds()).containsExactly(lineA);
            assertThat(call.allSupplied()).isTrue();
        });
        assertThat(arrivals.of(orderB)).isEmpty();

        // 2 more: B then C
        fx.receive(po.getString("id"), List.of(PartsFixtures.receiptLine(po.getString("lines[0].id"), 2, 0, null)));
        assertThat(fx.ofOrder(orderB).get(0).state()).isEqualTo(SupplyState.RESERVED);
        assertThat(fx.ofOrder(orderC).get(0).state()).isEqualTo(SupplyState.RESERVED);
        fx.assertStock(part, "5", "5");
        assertThat(arrivals.of(orderB)).singleElement().satisfies(call -> assertThat(call.allSupplied()).isTrue());
        assertThat(arrivals.of(orderC)).singleElement().satisfies(call -> assertThat(call.lineIds()).containsExactly(lineC));
        given().auth().oauth2(fx.parts().accessToken()).get("/api/v1/purchase-orders/" + po.getString("id")).then()
                .body("status", equalTo("RECEIVED")).body("closedAt", notNullValue());
    }

    @Test
    void anOrderWithAnotherLineStillShortHearsOfThePartialArrival() {
        String supplier = fx.supplier();
        String partX = fx.part(supplier, "0");
        String partY = fx.part(supplier, "0");
        UUID order = UUID.randomUUID();
        UUID lineX = UUID.randomUUID();
        UUID lineY = UUID.randomUUID();
        fx.reserve(order, lineX, partX, 1);
        fx.reserve(order, lineY, partY, 1);
        JsonPath po = fx.sentOrder(supplier, Map.of(partX, 1));
        fx.receive(po.getString("id"), List.of(PartsFixtures.receiptLine(po.getString("lines[0].id"), 1, 0, null)));
        assertThat(arrivals.of(order)).singleElement().satisfies(call -> {
            assertThat(call.lineIds()).containsExactly(lineX);
            assertThat(call.allSupplied()).isFalse();
        });
    }
}

package io.pitstop.parts;

import io.pitstop.support.PartsFixtures;
import io.pitstop.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The stock ledger adds up after every kind of movement, and its rows cannot be changed. */
@QuarkusTest
class PartsLedgerTest {

    @Inject
    PartsFixtures fx;

    @Test
    void theLedgerAddsUpAfterEveryKindOfMovement() {
        String supplier = fx.supplier();
        String part = fx.part(supplier, "2");
        fx.assertStock(part, "0", "0");

        // RECEIVED: 10 in
        JsonPath po = fx.sentOrder(supplier, Map.of(part, 10));
        fx.receive(po.getString("id"), List.of(PartsFixtures.receiptLine(po.getString("lines[0].id"), 10, 0, null)));
        fx.assertStock(part, "10", "0");

        // RESERVED: two orders hold 3 and 2
        UUID orderA = UUID.randomUUID();
        UUID lineA = UUID.randomUUID();
        UUID orderB = UUID.randomUUID();
        UUID lineB = UUID.randomUUID();
        assertThat(fx.reserve(orderA, lineA, part, 3).get(0).state()).isEqualTo(SupplyState.RESERVED);
        assertThat(fx.reserve(orderB, lineB, part, 2).get(0).state()).isEqualTo(SupplyState.RESERVED);
        fx.assertStock(part, "10", "5");

        // RELEASED: order B declines its line
        fx.release(orderB, lineB);
        fx.assertStock(part, "10", "3");
        assertThat(fx.ofOrder(orderB).get(0).state()).isEqualTo(SupplyState.RELEASED);

        // ISSUED: A's line is handed out whole, consuming its reservation
        given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON).body(Map.of("lineId", lineA))
                .post("/api/v1/parts/issues").then().statusCode(200)
                .body("state", equalTo("ISSUED")).body("issued", equalTo(3.0f));
        fx.assertStock(part, "7", "0");

        // RETURNED: one unused set comes back
        given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("lineId", lineA, "quantity", 1, "reason", "多领了一套"))
                .post("/api/v1/parts/returns").then().statusCode(200).body("issued", equalTo(2.0f));
        fx.assertStock(part, "8", "0");

        // SCRAPPED: one dropped
        given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("quantity", 1, "reason", "搬运时摔坏"))
                .post("/api/v1/parts/" + part + "/scrap").then().statusCode(200).body("stock.onHand", equalTo(7.0f));
        fx.assertStock(part, "7", "0");

        // COUNTED: the shelf holds 6
        given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("partId", part, "counted", 6, "reason", "上次领用未登记"))))
                .post("/api/v1/stock-counts").then().statusCode(201)
                .body("lines[0].difference", equalTo(-1.0f));
        fx.assertStock(part, "6", "0");

        JsonPath ledger = given().auth().oauth2(fx.parts().accessToken()).get("/api/v1/parts/" + part + "/ledger")
                .then().statusCode(200).extract().jsonPath();
        assertThat(ledger.getList("kind", String.class)).containsExactly(
                "COUNTED", "SCRAPPED", "RETURNED", "ISSUED", "RELEASED", "RESERVED", "RESERVED", "RECEIVED");
        assertThat(ledger.getList("onHandAfter", Float.class)).containsExactly(6f, 7f, 8f, 7f, 10f, 10f, 10f, 10f);
        assertThat(ledger.getList("reservedAfter", Float.class)).containsExactly(0f, 0f, 0f, 0f, 3f, 5f, 3f, 0f);
        // Each row names what it refers to as the desk reads it: the order's reference and plate, the purchase order's number.
        String order = "RO-TEST · 沪A12345";
        assertThat(ledger.getList("orderLabel", String.class)).containsExactly(null, null, order, order, order, order, order, null);
        assertThat(ledger.getList("purchaseOrderNumber", String.class)).containsExactly(null, null, null, null, null, null, null,
                po.getString("number"));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteALedgerRow() {
        String supplier = fx.supplier();
        String part = fx.partInStock(supplier, 2);
        assertThatThrownBy(() -> Db.update("update stock_movement set on_hand_delta = 100 where part_id = ?", UUID.fromString(part)))
                .hasMessageContaining("never changed");
        assertThatThrownBy(() -> Db.update("delete from stock_movement where part_id = ?", UUID.fromString(part)))
                .hasMessageContaining("never changed");
        fx.assertStock(part, "2", "0");
    }

    @Test
    void theBalanceRefusesAReservationBeyondStockEvenWhenAsked() {
        String part = fx.partInStock(fx.supplier(), 1);
        assertThatThrownBy(() -> Db.update("insert into stock_movement (part_id, at, kind, on_hand_delta, reserved_delta, line_id) "
                + "values (?, now(), 'RESERVED', 0, 2, ?)", UUID.fromString(part), UUID.randomUUID()))
                .hasMessageContaining("stock_balance");
        fx.assertStock(part, "1", "0");
    }

    @Test
    void onlyAvailableUnitsCanBeScrappedAndOnlyReservedLinesIssued() {
        String part = fx.partInStock(fx.supplier(), 2);
        UUID order = UUID.randomUUID();
        UUID line = UUID.randomUUID();
        fx.reserve(order, line, part, 2);
        given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("quantity", 1, "reason", "坏了"))
                .post("/api/v1/parts/" + part + "/scrap").then().statusCode(409)
                .contentType(containsString("problem+json"));
        UUID shortLine = UUID.randomUUID();
        assertThat(fx.reserve(order, shortLine, part, 1).get(0).state()).isEqualTo(SupplyState.SHORT);
        given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON).body(Map.of("lineId", shortLine))
                .post("/api/v1/parts/issues").then().statusCode(409);
        given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("lineId", line, "quantity", 1, "reason", "x"))
                .post("/api/v1/parts/returns").then().statusCode(400).body("errors[0].field", equalTo("quantity"));
        fx.assertStock(part, "2", "2");
    }
}

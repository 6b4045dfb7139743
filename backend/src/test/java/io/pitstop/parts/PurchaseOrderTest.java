package io.pitstop.parts;

import io.pitstop.support.PartsFixtures;
import io.pitstop.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

/** Purchasing: the states of a purchase order, approved suppliers only, and what the stock suggests buying. */
@QuarkusTest
class PurchaseOrderTest {

    @Inject
    PartsFixtures fx;

    @Inject
    MutableClock clock;

    @Test
    void aPurchaseOrderGoesFromDraftToSentToReceivedAndCancelsOnlyBeforeAnythingCame() {
        String supplier = fx.supplier();
        String part = fx.part(supplier, "0");
        JsonPath draft = given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("supplierId", supplier, "note", "常备", "lines", List.of(Map.of("partId", part, "quantity", 4, "unitCost", 205.5))))
                .post("/api/v1/purchase-orders").then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("number", matchesPattern("PO-\\d{8}-\\d{3,}"))
                .body("total", equalTo(822.0f))
                .extract().jsonPath();
        String id = draft.getString("id");
        Instant before = clock.instant();
        JsonPath sent = given().auth().oauth2(fx.parts().accessToken()).post("/api/v1/purchase-orders/" + id + "/send")
                .then().statusCode(200).body("status", equalTo("SENT")).body("sentAt", notNullValue()).extract().jsonPath();
        Instant expected = Instant.parse(sent.getString("expectedAt"));
        assertThat(expected).as("now + the supplier's 3-day lead time")
                .isBetween(before.plus(Duration.ofDays(3)).minusSeconds(5), clock.instant().plus(Duration.ofDays(3)));
        given().auth().oauth2(fx.parts().accessToken()).post("/api/v1/purchase-orders/" + id + "/send").then().statusCode(409);
        given().auth().oauth2(fx.parts().accessToken()).get("/api/v1/parts/" + part).then().body("stock.onOrder", equalTo(4.0f));

        fx.receive(id, List.of(PartsFixtures.receiptLine(sent.getString("lines[0].id"), 1, 0, null)));
        given().auth().oauth2(fx.parts().accessToken()).get("/api/v1/purchase-orders/" + id).then().body("status", equalTo("PARTLY_RECEIVED"));
        given().auth().oauth2(fx.parts().accessToken()).post("/api/v1/purchase-orders/" + id + "/cancel").then().statusCode(409);
        fx.receive(id, List.of(PartsFixtures.receiptLine(sent.getString("lines[0].id"), 3, 0, null)));
        given().auth().oauth2(fx.parts().accessToken()).get("/api/v1/purchase-orders?status=RECEIVED").then().statusCode(200)
                .body("id", hasItem(id));
        given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("inspectorId", fx.inspector().id(), "lines", List.of(PartsFixtures.receiptLine(sent.getString("lines[0].id"), 1, 0, null))))
                .post("/api/v1/purchase-orders/" + id + "/receipts").then().statusCode(409);

        String other = fx.sentOrder(supplier, Map.of(part, 2)).getString("id");
        given().auth().oauth2(fx.parts().accessToken()).post("/api/v1/purchase-orders/" + other + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        given().auth().oauth2(fx.parts().accessToken()).get("/api/v1/parts/" + part).then().body("stock.onOrder", equalTo(0.0f));
    }

    @Test
    void theSupplierMustBeApprovedForEveryPart() {
        String approved = fx.supplier();
        String stranger = fx.supplier();
        String part = fx.part(approved, "0");
        String other = fx.part(stranger, "0");
        given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("supplierId", stranger, "lines", List.of(
                        Map.of("partId", other, "quantity", 1, "unitCost", 10),
                        Map.of("partId", part, "quantity", 1, "unitCost", 10))))
                .post("/api/v1/purchase-orders").then().statusCode(400)
                .body("errors.field", hasItem("lines[1].partId"));
        given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("supplierId", approved, "lines", List.of(Map.of("partId", UUID.randomUUID(), "quantity", 1, "unitCost", 10))))
                .post("/api/v1/purchase-orders").then().statusCode(400)
                .body("errors.field", hasItem("lines[0].partId"));
        given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("supplierId", UUID.randomUUID(), "lines", List.of(Map.of("partId", part, "quantity", 1, "unitCost", 10))))
                .post("/api/v1/purchase-orders").then().statusCode(400)
                .body("errors.field", hasItem("supplierId"));
    }

    @Test
    void stockBelowItsMinimumOrShortSuggestsAPurchaseFromThePreferredSupplier() {
        String supplier = fx.supplier();
        String low = fx.part(supplier, "4");   // nothing on hand, minimum 4 -> buy 8
        String fine = fx.part(supplier, "0");  // minimum 0, nothing waits -> nothing to buy
        String awaited = fx.part(supplier, "0");
        fx.reserve(UUID.randomUUID(), UUID.randomUUID(), awaited, 2); // 2 short -> buy 2
        String covered = fx.part(supplier, "2");
        fx.sentOrder(supplier, Map.of(covered, 2)); // 2 on order covers the minimum
        JsonPath s = given().auth().oauth2(fx.parts().accessToken()).get("/api/v1/purchase-orders/suggestions")
                .then().statusCode(200).extract().jsonPath();
        assertThat(s.getFloat("find { it.partId == '" + low + "' }.quantity")).isEqualTo(8f);
        assertThat(s.getString("find { it.partId == '" + low + "' }.why")).isEqualTo("BELOW_MINIMUM");
        assertThat(s.getString("find { it.partId == '" + low + "' }.supplierId")).isEqualTo(supplier);
        assertThat(s.getFloat("find { it.partId == '" + low + "' }.unitCost")).isEqualTo(210f);
        assertThat(s.getFloat("find { it.partId == '" + awaited + "' }.quantity")).isEqualTo(2f);
        assertThat(s.getString("find { it.partId == '" + awaited + "' }.why")).isEqualTo("SHORTAGE");
        assertThat(s.getList("partId", String.class)).doesNotContain(fine, covered);
        given().auth().oauth2(fx.parts().accessToken()).get("/api/v1/parts?belowMinimum=true&limit=500").then()
                .body("id", hasItem(low));
        assertThat(fx.part(low).getBoolean("belowMinimum")).isTrue();
        assertThat(fx.part(covered).getBoolean("belowMinimum")).isFalse();
    }

    @Test
    void aPartNamesItsSuppliersOnceWithOnePreferredAndANumberNobodyElseHas() {
        String a = fx.supplier();
        String b = fx.supplier();
        given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON)
                .body(PartsFixtures.partBody(PartsFixtures.number(), "1", List.of(PartsFixtures.approval(a, 3, "1", true),
                        PartsFixtures.approval(b, 3, "1", true))))
                .post("/api/v1/parts").then().statusCode(400).body("errors.field", hasItem("suppliers[1].preferred"));
        given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON)
                .body(PartsFixtures.partBody(PartsFixtures.number(), "1", List.of(PartsFixtures.approval(UUID.randomUUID().toString(), 3, "1", true))))
                .post("/api/v1/parts").then().statusCode(400).body("errors.field", hasItem("suppliers[0].supplierId"));
        String part = fx.part(a, "1");
        String number = fx.part(part).getString("partNumber");
        given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON)
                .body(PartsFixtures.partBody(number, "1", List.of()))
                .post("/api/v1/parts").then().statusCode(409);
        given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON)
                .body(PartsFixtures.partBody(number, "3", List.of(PartsFixtures.approval(b, 5, "190.00", true))))
                .put("/api/v1/parts/" + part).then().statusCode(200)
                .body("minStock", equalTo(3.0f))
                .body("suppliers.supplierId", equalTo(List.of(b)));
    }

    @Test
    void theCatalogueIsForStaffAndTheDeskIsForThePartsSpecialist() {
        String part = fx.part(fx.supplier(), "0");
        var customer = io.pitstop.support.TestAccounts.customer();
        given().auth().oauth2(customer.accessToken()).get("/api/v1/parts").then().statusCode(403);
        given().auth().oauth2(customer.accessToken()).get("/api/v1/parts/" + part).then().statusCode(403);
        given().get("/api/v1/parts").then().statusCode(401);
        given().auth().oauth2(fx.inspector().accessToken()).get("/api/v1/parts/" + part).then().statusCode(200);
        given().auth().oauth2(fx.inspector().accessToken()).post("/api/v1/purchase-orders/" + UUID.randomUUID() + "/send").then().statusCode(403);
    }
}

package io.pitstop.support;

import io.pitstop.identity.Caller;
import io.pitstop.identity.Role;
import io.pitstop.parts.LineDemand;
import io.pitstop.parts.LineSupply;
import io.pitstop.parts.OrderRef;
import io.pitstop.parts.PartsForOrders;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts desk's people and data for a test, made through the API as the shop would: a parts specialist, an
 * inspector, suppliers, parts approved for them, purchase orders, stock brought in by a received purchase order.
 * Repair's tests never write the parts tables themselves; the parts tests ask for parts through the port
 * ({@link PartsForOrders}) in a transaction of their own, as the repair side does.
 */
@ApplicationScoped
public class PartsFixtures {

    private final BookingFixtures bookings;
    private final TestAccounts accounts;
    private final PartsForOrders orders;
    private final Clock clock;
    private TestAccounts.Login parts;
    private TestAccounts.Login inspector;

    public PartsFixtures(BookingFixtures bookings, TestAccounts accounts, PartsForOrders orders, Clock clock) {
        this.bookings = bookings;
        this.accounts = accounts;
        this.orders = orders;
        this.clock = clock;
    }

    public synchronized TestAccounts.Login parts() {
        if (parts == null) {
            bookings.manager(); // the shop exists (its time zone numbers purchase orders)
            parts = accounts.staff(Role.PARTS);
        }
        return parts;
    }

    public synchronized TestAccounts.Login inspector() {
        return inspector == null ? inspector = accounts.staff(Role.INSPECTOR) : inspector;
    }

    public Caller partsCaller() {
        return new Caller(parts().id(), Role.PARTS, "Test parts", Set.of());
    }

    public String supplier() {
        return given().auth().oauth2(parts().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "测试供应商 " + UUID.randomUUID().toString().substring(0, 8), "nameEn", "Test supplier", "phone", "020-87654321"))
                .post("/api/v1/suppliers").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> partBody(String number, String minStock, List<Map<String, Object>> suppliers) {
        Map<String, Object> body = new HashMap<>();
        body.put("partNumber", number);
        body.put("nameZh", "前刹车片");
        body.put("nameEn", "Front brake pads");
        body.put("brand", "Volkswagen");
        body.put("origin", "GENUINE");
        body.put("unit", "SET");
        body.put("listPrice", 480);
        body.put("minStock", new BigDecimal(minStock));
        body.put("warrantyMonths", 12);
        body.put("warrantyKm", 20000);
        body.put("location", "A-03-2");
        body.put("suppliers", suppliers);
        return body;
    }

    public static Map<String, Object> approval(String supplierId, int leadDays, String price, boolean preferred) {
        return Map.of("supplierId", supplierId, "leadTimeDays", leadDays, "purchasePrice", new BigDecimal(price), "preferred", preferred);
    }

    public static String number() {
        return "T" + Long.toString(System.nanoTime(), 36).toUpperCase() + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
    }

    /** A part approved for the supplier (preferred, 3 days, 210 yuan), minimum as given; no stock. */
    public String part(String supplierId, String minStock) {
        return given().auth().oauth2(parts().accessToken()).contentType(ContentType.JSON)
                .body(partBody(number(), minStock, List.of(approval(supplierId, 3, "210.00", true))))
                .post("/api/v1/parts").then().statusCode(201).extract().path("id");
    }

    /** A sent purchase order of these parts and quantities, at 200 yuan a unit. */
    public JsonPath sentOrder(String supplierId, Map<String, Integer> quantities) {
        List<Map<String, Object>> lines = new ArrayList<>();
        quantities.forEach((part, q) -> lines.add(Map.of("partId", part, "quantity", q, "unitCost", 200)));
        String id = given().auth().oauth2(parts().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("supplierId", supplierId, "lines", lines))
                .post("/api/v1/purchase-orders").then().statusCode(201).extract().path("id");
        return given().auth().oauth2(parts().accessToken()).post("/api/v1/purchase-orders/" + id + "/send")
                .then().statusCode(200).extract().jsonPath();
    }

    public static Map<String, Object> receiptLine(String lineId, int arrived, int rejected, String reason) {
        Map<String, Object> l = new HashMap<>();
        l.put("lineId", lineId);
        l.put("arrived", arrived);
        l.put("rejected", rejected);
        if (reason != null) {
            l.put("rejectReason", reason);
        }
        boolean ok = rejected == 0;
        l.put("specOk", true);
        l.put("modelOk", true);
        l.put("quantityOk", true);
        l.put("genuineOk", true);
        l.put("packagingOk", ok);
        return l;
    }

    public JsonPath receive(String poId, List<Map<String, Object>> lines) {
        return given().auth().oauth2(parts().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("inspectorId", inspector().id(), "lines", lines))
                .post("/api/v1/purchase-orders/" + poId + "/receipts").then().statusCode(201).extract().jsonPath();
    }

    /** A part with this much stock, brought in through a purchase order received in full. */
    public String partInStock(String supplierId, int onHand) {
        String part = part(supplierId, "0");
        if (onHand > 0) {
            JsonPath po = sentOrder(supplierId, Map.of(part, onHand));
            receive(po.getString("id"), List.of(receiptLine(po.getString("lines[0].id"), onHand, 0, null)));
        }
        return part;
    }

    public JsonPath part(String id) {
        return given().auth().oauth2(parts().accessToken()).get("/api/v1/parts/" + id).then().statusCode(200).extract().jsonPath();
    }

    // --------------------------------------------------------------------------------------------- the port

    public <T> T inTransaction(Supplier<io.smallrye.mutiny.Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
        } catch (Throwable e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    public List<LineSupply> reserve(UUID orderId, UUID lineId, String partId, int quantity) {
        return reserve(orderId, lineId, partId, quantity, clock.instant());
    }

    public List<LineSupply> reserve(UUID orderId, UUID lineId, String partId, int quantity, Instant at) {
        return inTransaction(() -> orders.reserve(new OrderRef(orderId, "RO-TEST · 沪A12345"),
                List.of(new LineDemand(lineId, UUID.fromString(partId), BigDecimal.valueOf(quantity))), null, at));
    }

    public void release(UUID orderId, UUID lineId) {
        inTransaction(() -> orders.release(orderId, List.of(lineId), null, clock.instant()).replaceWith(true));
    }

    public List<LineSupply> ofOrder(UUID orderId) {
        return inTransaction(() -> orders.ofOrder(orderId));
    }

    // ------------------------------------------------------------------------------------------- the ledger

    /**
     * The ledger adds up: its sums equal the cached balance and what the test expects, the API shows the same
     * on-hand/reserved/available, and the newest ledger row's running sums say the same.
     */
    public void assertStock(String partId, String onHand, String reserved) {
        Map<String, Object> sums = Db.query("select coalesce(sum(on_hand_delta), 0) as on_hand, coalesce(sum(reserved_delta), 0) as reserved "
                + "from stock_movement where part_id = ?", UUID.fromString(partId)).get(0);
        Map<String, Object> balance = Db.query("select on_hand, reserved from stock_balance where part_id = ?", UUID.fromString(partId)).get(0);
        BigDecimal h = new BigDecimal(onHand);
        BigDecimal r = new BigDecimal(reserved);
        assertThat((BigDecimal) sums.get("on_hand")).as("ledger on-hand").isEqualByComparingTo(h);
        assertThat((BigDecimal) sums.get("reserved")).as("ledger reserved").isEqualByComparingTo(r);
        assertThat((BigDecimal) balance.get("on_hand")).as("balance on-hand").isEqualByComparingTo(h);
        assertThat((BigDecimal) balance.get("reserved")).as("balance reserved").isEqualByComparingTo(r);
        JsonPath view = part(partId);
        assertThat(new BigDecimal(view.getString("stock.onHand"))).as("view on-hand").isEqualByComparingTo(h);
        assertThat(new BigDecimal(view.getString("stock.reserved"))).as("view reserved").isEqualByComparingTo(r);
        assertThat(new BigDecimal(view.getString("stock.available"))).as("view available").isEqualByComparingTo(h.subtract(r));
        JsonPath ledger = given().auth().oauth2(parts().accessToken()).get("/api/v1/parts/" + partId + "/ledger")
                .then().statusCode(200).extract().jsonPath();
        if (!ledger.getList("$").isEmpty()) {
            assertThat(new BigDecimal(ledger.getString("[0].onHandAfter"))).as("ledger row on-hand after").isEqualByComparingTo(h);
            assertThat(new BigDecimal(ledger.getString("[0].reservedAfter"))).as("ledger row reserved after").isEqualByComparingTo(r);
        }
    }

    // ------------------------------------------------------------------------------- for repair's tests

    /** A genuine part of its own number and names, no stock, bought from the supplier (3 days, 80 yuan), sold at 120 yuan. */
    public String part(String supplierId, String nameZh, String nameEn) {
        Map<String, Object> body = partBody(number(), "0", List.of(approval(supplierId, 3, "80", true)));
        body.put("nameZh", nameZh);
        body.put("nameEn", nameEn);
        body.put("brand", "博世");
        body.put("unit", "PIECE");
        body.put("listPrice", 120);
        body.put("warrantyMonths", 24);
        body.put("warrantyKm", 40000);
        body.put("location", "A-01");
        return given().auth().oauth2(parts().accessToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/parts").then().statusCode(201).extract().path("id");
    }

    /** A purchase order of the part, sent to the supplier, expected at the given time. */
    public String ordered(String supplierId, String partId, int quantity, OffsetDateTime expectedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("supplierId", supplierId);
        body.put("lines", List.of(Map.of("partId", partId, "quantity", quantity, "unitCost", 80)));
        body.put("expectedAt", expectedAt.toString());
        String id = given().auth().oauth2(parts().accessToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/purchase-orders").then().statusCode(201).extract().path("id");
        given().auth().oauth2(parts().accessToken()).contentType(ContentType.JSON)
                .post("/api/v1/purchase-orders/" + id + "/send").then().statusCode(200);
        return id;
    }

    /** Everything of the purchase order's first line arrives and passes the inspection. */
    public void receive(String purchaseOrderId, int quantity) {
        String line = given().auth().oauth2(parts().accessToken()).get("/api/v1/purchase-orders/" + purchaseOrderId)
                .then().statusCode(200).extract().path("lines[0].id");
        receive(purchaseOrderId, List.of(receiptLine(line, quantity, 0, null)));
    }

    /** A part with this much on the shelf: ordered and received. */
    public String inStock(String supplierId, int quantity) {
        String part = part(supplierId, "机油滤清器", "Oil filter");
        receive(ordered(supplierId, part, quantity, OffsetDateTime.now().plusDays(1)), quantity);
        return part;
    }

    /** The part taken out of the catalogue (active false), all else as it was. */
    public void withdraw(String partId) {
        JsonPath part = part(partId);
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("partNumber", "nameZh", "nameEn", "brand", "origin", "unit", "listPrice", "minStock",
                "warrantyMonths", "warrantyKm", "location")) {
            body.put(field, part.get(field));
        }
        body.put("active", false);
        body.put("suppliers", part.getList("suppliers", Map.class).stream().map(s -> Map.of("supplierId", s.get("supplierId"),
                "leadTimeDays", s.get("leadTimeDays"), "purchasePrice", s.get("purchasePrice"), "preferred", s.get("preferred"))).toList());
        given().auth().oauth2(parts().accessToken()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/parts/" + partId).then().statusCode(200).body("active", org.hamcrest.Matchers.equalTo(false));
    }

    public Map<String, Object> stock(String partId) {
        return part(partId).getMap("stock");
    }
}

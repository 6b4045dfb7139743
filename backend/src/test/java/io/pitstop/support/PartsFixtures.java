package io.pitstop.support;

import io.pitstop.identity.Role;
import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The parts desk's catalogue, suppliers, purchase orders and receipts, made through its API as the parts specialist
 * and the manager would: repair's tests never write the parts tables themselves.
 */
@ApplicationScoped
public class PartsFixtures {

    private final TestAccounts accounts;
    private final BookingFixtures bookings;
    private TestAccounts.Login specialist;
    private TestAccounts.Login inspector;

    public PartsFixtures(TestAccounts accounts, BookingFixtures bookings) {
        this.accounts = accounts;
        this.bookings = bookings;
    }

    public synchronized TestAccounts.Login specialist() {
        return specialist == null ? specialist = accounts.staff(Role.PARTS) : specialist;
    }

    public synchronized TestAccounts.Login inspector() {
        return inspector == null ? inspector = accounts.staff(Role.INSPECTOR) : inspector;
    }

    public String supplier() {
        return given().auth().oauth2(bookings.manager().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "测试配件供应商", "nameEn", "Test parts supplier", "phone", "021-55551234"))
                .post("/api/v1/suppliers").then().statusCode(201).extract().path("id");
    }

    /** A genuine part of its own number, no stock, bought from the supplier (3 days, 80 yuan), sold at 120 yuan. */
    public String part(String supplierId, String nameZh, String nameEn) {
        Map<String, Object> body = new HashMap<>();
        body.put("partNumber", "T-" + Long.toString(System.nanoTime(), 36).toUpperCase());
        body.put("nameZh", nameZh);
        body.put("nameEn", nameEn);
        body.put("brand", "博世");
        body.put("origin", "GENUINE");
        body.put("unit", "PIECE");
        body.put("listPrice", 120);
        body.put("minStock", 0);
        body.put("warrantyMonths", 24);
        body.put("warrantyKm", 40000);
        body.put("location", "A-01");
        body.put("suppliers", List.of(Map.of("supplierId", supplierId, "leadTimeDays", 3, "purchasePrice", 80, "preferred", true)));
        return given().auth().oauth2(bookings.manager().accessToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/parts").then().statusCode(201).extract().path("id");
    }

    /** A purchase order of the part, sent to the supplier, expected at the given time. */
    public String ordered(String supplierId, String partId, int quantity, OffsetDateTime expectedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("supplierId", supplierId);
        body.put("lines", List.of(Map.of("partId", partId, "quantity", quantity, "unitCost", 80)));
        body.put("expectedAt", expectedAt.toString());
        String id = given().auth().oauth2(specialist().accessToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/purchase-orders").then().statusCode(201).extract().path("id");
        given().auth().oauth2(specialist().accessToken()).contentType(ContentType.JSON)
                .post("/api/v1/purchase-orders/" + id + "/send").then().statusCode(200);
        return id;
    }

    /** Everything of the purchase order's first line arrives and passes the inspection. */
    public void receive(String purchaseOrderId, int quantity) {
        String line = given().auth().oauth2(specialist().accessToken()).get("/api/v1/purchase-orders/" + purchaseOrderId)
                .then().statusCode(200).extract().path("lines[0].id");
        Map<String, Object> l = new HashMap<>();
        l.put("lineId", line);
        l.put("arrived", quantity);
        l.put("rejected", 0);
        for (String check : List.of("specOk", "modelOk", "quantityOk", "genuineOk", "packagingOk")) {
            l.put(check, true);
        }
        given().auth().oauth2(specialist().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("inspectorId", inspector().id(), "lines", List.of(l)))
                .post("/api/v1/purchase-orders/" + purchaseOrderId + "/receipts").then().statusCode(201);
    }

    /** A part with this much on the shelf: ordered and received. */
    public String inStock(String supplierId, int quantity) {
        String part = part(supplierId, "机油滤清器", "Oil filter");
        receive(ordered(supplierId, part, quantity, OffsetDateTime.now().plusDays(1)), quantity);
        return part;
    }

    /** The part taken out of the catalogue (active false), all else as it was. */
    public void withdraw(String partId) {
        io.restassured.path.json.JsonPath part = given().auth().oauth2(bookings.manager().accessToken()).get("/api/v1/parts/" + partId)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("partNumber", "nameZh", "nameEn", "brand", "origin", "unit", "listPrice", "minStock",
                "warrantyMonths", "warrantyKm", "location")) {
            body.put(field, part.get(field));
        }
        body.put("active", false);
        body.put("suppliers", part.getList("suppliers", Map.class).stream().map(s -> Map.of("supplierId", s.get("supplierId"),
                "leadTimeDays", s.get("leadTimeDays"), "purchasePrice", s.get("purchasePrice"), "preferred", s.get("preferred"))).toList());
        given().auth().oauth2(bookings.manager().accessToken()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/parts/" + partId).then().statusCode(200).body("active", org.hamcrest.Matchers.equalTo(false));
    }

    public Map<String, Object> stock(String partId) {
        return given().auth().oauth2(bookings.manager().accessToken()).get("/api/v1/parts/" + partId)
                .then().statusCode(200).extract().path("stock");
    }
}

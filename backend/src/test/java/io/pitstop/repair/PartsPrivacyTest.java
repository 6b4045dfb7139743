package io.pitstop.repair;

import io.pitstop.support.PartsFixtures;
import io.pitstop.support.RepairFixtures;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Issue 14: another customer never sees the parts data of an order not theirs, and customers have no way into the parts desk. */
@QuarkusTest
class PartsPrivacyTest {

    @Inject
    RepairFixtures repairs;
    @Inject
    PartsFixtures parts;

    @Test
    void anotherCustomerGets404ForTheOrderItsEventsAndItsSettlementDocument() {
        String supplier = parts.supplier();
        String part = parts.inStock(supplier, 1);
        var owner = repairs.customer();
        String id = repairs.checkIn(owner);
        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON).body(PartsShortageTest.estimateWith(part, 1))
                .post("/api/v1/repair-orders/" + id + "/estimate").then().statusCode(200);
        repairs.approveAll(owner.login(), id).statusCode(200);
        repairs.move(repairs.lead(), id, "DISPATCHED", null).statusCode(200);
        repairs.move(repairs.technician(), id, "IN_REPAIR", null).statusCode(200);
        repairs.move(repairs.technician(), id, "QUALITY_CHECK", null).statusCode(200);
        repairs.move(repairs.inspector(), id, "READY", null).statusCode(200);
        repairs.settle(id, List.of()).statusCode(200);

        given().auth().oauth2(owner.login().accessToken()).get("/api/v1/repair-orders/" + id).then().statusCode(200)
                .body("estimate.items[1].supply.state", equalTo("RESERVED"));
        given().auth().oauth2(owner.login().accessToken()).get("/api/v1/repair-orders/" + id + "/settlement/document").then().statusCode(200);

        TestAccounts.Login other = repairs.customer().login();
        for (String path : List.of("", "/timeline", "/settlement/document")) {
            given().auth().oauth2(other.accessToken()).get("/api/v1/repair-orders/" + id + path).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(other.accessToken()).accept("text/event-stream").get("/api/v1/repair-orders/" + id + "/events")
                .then().statusCode(404);
        given().auth().oauth2(other.accessToken()).post("/api/v1/repair-orders/" + id + "/parts-requests").then().statusCode(403);
    }

    /** Every operation of the contract under the parts desk's paths, as a car owner: refused at the door. */
    @Test
    void customersGet403OnEveryPartsAndPurchaseOrderOperation() throws IOException {
        Path file = Path.of(System.getProperty("pitstop.repo-root", ".."), "openapi", "openapi.yaml");
        Map<String, Object> contract = new org.yaml.snakeyaml.Yaml().load(Files.readString(file));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) contract.get("paths");
        List<String> tried = new ArrayList<>();
        TestAccounts.Login customer = repairs.customer().login();
        paths.forEach((path, operations) -> {
            if (!path.startsWith("/api/v1/parts") && !path.startsWith("/api/v1/purchase-orders")) {
                return;
            }
            String concrete = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (String method : operations.keySet()) {
                if (!List.of("get", "post", "put", "delete", "patch").contains(method)) {
                    continue;
                }
                int status = given().auth().oauth2(customer.accessToken()).contentType(ContentType.JSON).body("{}")
                        .request(method.toUpperCase(), concrete).then().extract().statusCode();
                assertThat(status).as(method + " " + path).isEqualTo(403);
                tried.add(method + " " + path);
            }
        });
        assertThat(tried).as("the contract has the parts desk's operations").contains("get /api/v1/parts", "post /api/v1/purchase-orders",
                "post /api/v1/purchase-orders/{id}/receipts");
    }
}

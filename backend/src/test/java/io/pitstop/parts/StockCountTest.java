package io.pitstop.parts;

import io.pitstop.support.PartsFixtures;
import io.pitstop.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Stock counts (盘点): a difference is booked with its reason; none without one; none below what orders hold. */
@QuarkusTest
class StockCountTest {

    @Inject
    PartsFixtures fx;

    @Test
    void aCountDifferenceIsRecordedWithItsReason() {
        String supplier = fx.supplier();
        String short1 = fx.partInStock(supplier, 5);
        String exact = fx.partInStock(supplier, 2);
        String id = given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("note", "月末盘点", "lines", List.of(
                        Map.of("partId", short1, "counted", 4, "reason", "一套遗失"),
                        Map.of("partId", exact, "counted", 2))))
                .post("/api/v1/stock-counts").then().statusCode(201)
                .body("lines.find { it.partId == '" + short1 + "' }.expected", equalTo(5.0f))
                .body("lines.find { it.partId == '" + short1 + "' }.difference", equalTo(-1.0f))
                .body("lines.find { it.partId == '" + short1 + "' }.reason", equalTo("一套遗失"))
                .body("lines.find { it.partId == '" + exact + "' }.difference", equalTo(0.0f))
                .extract().path("id");
        fx.assertStock(short1, "4", "0");
        fx.assertStock(exact, "2", "0");
        List<Map<String, Object>> movements = Db.query("select kind, on_hand_delta, reason from stock_movement where count_id = ?", UUID.fromString(id));
        assertThat(movements).singleElement().satisfies(m -> {
            assertThat(m.get("kind")).isEqualTo("COUNTED");
            assertThat(m.get("reason")).isEqualTo("一套遗失");
        });
        given().auth().oauth2(fx.parts().accessToken()).get("/api/v1/stock-counts").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.lines.size()", equalTo(2));
    }

    @Test
    void aDifferenceWithoutAReasonIsRefusedNamingTheLine() {
        String supplier = fx.supplier();
        String same = fx.partInStock(supplier, 1);
        String part = fx.partInStock(supplier, 3);
        Map<String, Object> noReason = new HashMap<>(Map.of("partId", part, "counted", 2));
        given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("lines", List.of(Map.of("partId", same, "counted", 1), noReason)))
                .post("/api/v1/stock-counts").then().statusCode(400)
                .contentType(containsString("problem+json"))
                .body("errors.field", hasItem("lines[1].reason"));
        noReason.put("reason", " ");
        given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(noReason)))
                .post("/api/v1/stock-counts").then().statusCode(400)
                .body("errors.field", hasItem("lines[0].reason"));
        fx.assertStock(part, "3", "0");
        assertThat(Db.query("select * from stock_count_line where part_id = ?", UUID.fromString(part))).isEmpty();
    }

    @Test
    void aCountBelowWhatOrdersHoldIsAConflictNamingThePart() {
        String part = fx.partInStock(fx.supplier(), 3);
        fx.reserve(UUID.randomUUID(), UUID.randomUUID(), part, 2);
        String number = fx.part(part).getString("partNumber");
        given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("lines", List.of(Map.of("partId", part, "counted", 1, "reason", "找不到"))))
                .post("/api/v1/stock-counts").then().statusCode(409)
                .contentType(containsString("problem+json"))
                .body("detail", containsString(number));
        fx.assertStock(part, "3", "2");
    }
}

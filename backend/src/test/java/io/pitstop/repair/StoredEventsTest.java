package io.pitstop.repair;

import io.pitstop.repair.service.RepairLookup;
import io.pitstop.support.Db;
import io.pitstop.support.RepairFixtures;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored event schema (a payload of its own, with a version) against the real database: rows written before it
 * still read as they were written, new ones read back as they were appended, and the labels complaints cite work
 * for both.
 */
@QuarkusTest
class StoredEventsTest {

    @Inject
    RepairFixtures repairs;

    @Inject
    RepairLookup lookup;

    @Test
    void anEventStoredInTheOldShapeReadsBackAsTheSameView() throws Throwable {
        var c = repairs.customer();
        String id = repairs.checkIn(c);
        int seq = (Integer) Db.query("select last_seq from repair_order where id = ?", UUID.fromString(id)).get(0).get("last_seq") + 1;
        long eventId = ((Number) Db.query("select nextval('repair_event_id_seq') as id").get(0).get("id")).longValue();
        String at = "2026-12-07T10:30:00+08:00";
        String payload = "{\"id\":" + eventId + ",\"orderId\":\"" + id + "\",\"reference\":\"RO-OLD234\",\"seq\":" + seq
                + ",\"type\":\"UPDATE\",\"at\":\"" + at + "\",\"actorName\":\"孙磊\",\"actorRole\":\"TECHNICIAN\",\"status\":\"CHECKED_IN\","
                + "\"fromStatus\":\"CHECKED_IN\",\"message\":\"旧格式的进度\",\"step\":\"诊断\",\"remainingMinutes\":40,\"automatic\":false}";
        Db.update("insert into repair_event (id, order_id, seq, at, type, actor_role, staff_only, payload) values (?, ?, ?, ?, 'UPDATE', 'TECHNICIAN', false, ?)",
                eventId, UUID.fromString(id), seq, OffsetDateTime.parse(at), payload);
        Db.update("update repair_order set last_seq = ? where id = ?", seq, UUID.fromString(id));

        Map<String, Object> read = last(timeline(c.login().accessToken(), id));
        JsonPath stored = new JsonPath(payload);
        for (String field : List.of("orderId", "reference", "type", "actorName", "actorRole", "status", "fromStatus", "message", "step",
                "remainingMinutes", "automatic")) {
            assertThat(read.get(field)).as(field).isEqualTo(stored.get(field));
        }
        assertThat(((Number) read.get("id")).longValue()).isEqualTo(eventId);
        assertThat(read.get("seq")).isEqualTo(seq);
        assertThat(OffsetDateTime.parse((String) read.get("at")).toInstant()).isEqualTo(OffsetDateTime.parse(at).toInstant());
        assertThat(label(id, seq)).isEqualTo("#" + seq + " UPDATE: 旧格式的进度");
    }

    @Test
    void aNewEventIsStoredInItsOwnSchemaAndReadsBackAsItWasAppended() throws Throwable {
        var c = repairs.customer();
        String id = repairs.inRepair(c, 180);
        Map<String, Object> appended = repairs.update(id, "更换火花塞中").statusCode(201).extract().jsonPath().getMap("$");

        assertThat(last(timeline(c.login().accessToken(), id))).isEqualTo(appended);
        int seq = (Integer) appended.get("seq");
        String payload = (String) Db.query("select payload from repair_event where order_id = ? and seq = ?", UUID.fromString(id), seq)
                .get(0).get("payload");
        assertThat(new JsonPath(payload).getInt("v")).isEqualTo(1);
        assertThat(payload).doesNotContain("\"orderId\"").doesNotContain("\"reference\"");
        assertThat(label(id, seq)).isEqualTo("#" + seq + " UPDATE: 更换火花塞中");
    }

    private static List<Map<String, Object>> timeline(String token, String id) {
        return given().auth().oauth2(token).get("/api/v1/repair-orders/" + id + "/timeline").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    private static Map<String, Object> last(List<Map<String, Object>> events) {
        return events.get(events.size() - 1);
    }

    private String label(String orderId, int seq) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> lookup.eventLabel(UUID.fromString(orderId), seq)));
    }
}

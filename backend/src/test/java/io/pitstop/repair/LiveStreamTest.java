package io.pitstop.repair;

import io.pitstop.support.RepairFixtures;
import io.pitstop.support.SseClient;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class LiveStreamTest {

    @io.quarkus.test.common.http.TestHTTPResource(value = "/metrics", management = true)
    java.net.URL metrics;


    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    RepairFixtures repairs;

    @Inject
    Pool pool;

    @Inject
    io.pitstop.live.LiveHub hub;

    @TestHTTPResource("/")
    URL base;

    private String url(String path) {
        return base.toString().replaceFirst("/$", "") + path;
    }

    private int lastSeq(TestAccounts.Login who, String id) {
        return given().auth().oauth2(who.accessToken()).get("/api/v1/repair-orders/" + id).then().statusCode(200).extract().path("lastSeq");
    }

    @Test
    void anUpdateReachesTheOwnersOpenStreamAtOnce() {
        var c = repairs.customer();
        String id = repairs.inRepair(c, 180);
        int seq = lastSeq(c.login(), id);
        try (SseClient stream = SseClient.connect(url("/api/v1/repair-orders/" + id + "/events"), c.login().accessToken(), null)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            List<SseClient.Event> replay = stream.next(seq, WAIT);
            assertThat(replay).extracting(SseClient.Event::id).containsExactly(
                    java.util.stream.IntStream.rangeClosed(1, seq).mapToObj(Integer::toString).toArray(String[]::new));
            assertThat(replay.get(0).type()).isEqualTo("CHECKED_IN");

            long posted = System.nanoTime();
            repairs.update(id, "旧火花塞已拆下").statusCode(201);
            SseClient.Event e = stream.next(WAIT);
            double millis = (e.receivedNanos() - posted) / 1e6;
            System.out.printf("[live] update POST -> owner's stream: %.1f ms (includes the POST's own round trip)%n", millis);

            assertThat(e.id()).isEqualTo(Integer.toString(seq + 1));
            assertThat(e.type()).isEqualTo("UPDATE");
            JsonPath data = new JsonPath(e.data());
            assertThat(data.getString("message")).isEqualTo("旧火花塞已拆下");
            assertThat(data.getString("orderId")).isEqualTo(id);
            assertThat(data.getString("status")).isEqualTo("IN_REPAIR");
            assertThat(data.getBoolean("automatic")).isFalse();
            assertThat(stream.otherLines()).isEmpty();
        }
    }

    @Test
    void aReconnectWithLastEventIdReplaysExactlyTheMissedEventsThenContinuesLive() {
        var c = repairs.customer();
        String id = repairs.inRepair(c, 180);
        int seq = lastSeq(c.login(), id);
        try (SseClient first = SseClient.connect(url("/api/v1/repair-orders/" + id + "/events"), c.login().accessToken(), null)) {
            first.next(seq, WAIT);
        }
        repairs.update(id, "missed 1").statusCode(201);
        repairs.update(id, "missed 2").statusCode(201);
        repairs.update(id, "missed 3").statusCode(201);

        try (SseClient again = SseClient.connect(url("/api/v1/repair-orders/" + id + "/events"), c.login().accessToken(),
                Integer.toString(seq))) {
            List<SseClient.Event> replay = again.next(3, WAIT);
            assertThat(replay).extracting(SseClient.Event::id)
                    .containsExactly(Integer.toString(seq + 1), Integer.toString(seq + 2), Integer.toString(seq + 3));
            assertThat(replay).extracting(e -> new JsonPath(e.data()).getString("message"))
                    .containsExactly("missed 1", "missed 2", "missed 3");
            assertThat(again.quietFor(Duration.ofMillis(300))).isTrue();

            repairs.update(id, "live again").statusCode(201);
            SseClient.Event live = again.next(WAIT);
            assertThat(live.id()).isEqualTo(Integer.toString(seq + 4));
        }
    }

    @Test
    void anEventWhoseNotificationWasLostIsDeliveredOnReconnectAndWithTheNextNotification() {
        var c = repairs.customer();
        String id = repairs.inRepair(c, 180);
        int seq = lastSeq(c.login(), id);
        try (SseClient stream = SseClient.connect(url("/api/v1/repair-orders/" + id + "/events"), c.login().accessToken(), null)) {
            stream.next(seq, WAIT);
            // An event that committed without its NOTIFY reaching anyone (a dropped LISTEN connection, say).
            writeWithoutNotify(id, seq + 1, "written while nobody was listening");
            assertThat(stream.quietFor(Duration.ofMillis(500))).isTrue();

            try (SseClient reconnected = SseClient.connect(url("/api/v1/repair-orders/" + id + "/events"), c.login().accessToken(),
                    Integer.toString(seq))) {
                SseClient.Event recovered = reconnected.next(WAIT);
                assertThat(recovered.id()).isEqualTo(Integer.toString(seq + 1));
                assertThat(new JsonPath(recovered.data()).getString("message")).isEqualTo("written while nobody was listening");
            }

            // The stream that stayed open reads the table on the next notification: it gets both, in order.
            repairs.update(id, "next one").statusCode(201);
            List<SseClient.Event> both = stream.next(2, WAIT);
            assertThat(both).extracting(SseClient.Event::id).containsExactly(Integer.toString(seq + 1), Integer.toString(seq + 2));
        }
    }

    @Test
    void theBoardStreamCarriesEveryOrdersEventsToStaffOnly() {
        var c = repairs.customer();
        String id = repairs.inRepair(c, 180);
        try (SseClient board = SseClient.connect(url("/api/v1/board/events"), repairs.advisor().accessToken(), null)) {
            assertThat(board.status()).isEqualTo(200);
            repairs.update(id, "board sees this").statusCode(201);
            SseClient.Event e = board.next(WAIT);
            while (!id.equals(new JsonPath(e.data()).getString("orderId"))) {
                e = board.next(WAIT); // other tests' orders may interleave
            }
            JsonPath data = new JsonPath(e.data());
            assertThat(data.getString("message")).isEqualTo("board sees this");
            assertThat(e.id()).isEqualTo(Long.toString(data.getLong("id")));
        }
        try (SseClient refused = SseClient.connect(url("/api/v1/board/events"), c.login().accessToken(), null)) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void anotherCustomersStreamDoesNotExistAndBadRequestsAreRefusedBeforeStreaming() {
        var owner = repairs.customer();
        var stranger = repairs.customer();
        String id = repairs.checkIn(owner);
        String path = url("/api/v1/repair-orders/" + id + "/events");
        try (SseClient s = SseClient.connect(path, stranger.login().accessToken(), null)) {
            assertThat(s.status()).isEqualTo(404);
            assertThat(s.contentType()).startsWith("application/problem+json");
        }
        try (SseClient s = SseClient.connect(url("/api/v1/repair-orders/" + UUID.randomUUID() + "/events"), owner.login().accessToken(), null)) {
            assertThat(s.status()).isEqualTo(404);
        }
        try (SseClient s = SseClient.connect(path, null, null)) {
            assertThat(s.status()).isEqualTo(401);
        }
        try (SseClient s = SseClient.connect(path, owner.login().accessToken(), "yesterday")) {
            assertThat(s.status()).isEqualTo(400);
            assertThat(new JsonPath(s.body()).getString("errors[0].field")).isEqualTo("Last-Event-ID");
        }
    }

    @Test
    void aClosedStreamIsForgottenByTheServer() throws InterruptedException {
        var c = repairs.customer();
        String id = repairs.checkIn(c);
        int before = hub.connectedStreams();
        try (SseClient stream = SseClient.connect(url("/api/v1/repair-orders/" + id + "/events"), c.login().accessToken(), null)) {
            stream.next(WAIT);
            assertThat(hub.connectedStreams()).isGreaterThan(before);
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (hub.connectedStreams() > before && System.nanoTime() < deadline) {
            Thread.sleep(20); // the server learns of the closed connection asynchronously
        }
        assertThat(hub.connectedStreams()).isLessThanOrEqualTo(before);
        given().get(metrics).then().statusCode(200).body(org.hamcrest.Matchers.containsString("pitstop_live_streams"));
    }

    @Test
    void anIdleStreamGetsAHeartbeatComment() {
        var c = repairs.customer();
        String id = repairs.checkIn(c);
        try (SseClient stream = SseClient.connect(url("/api/v1/repair-orders/" + id + "/events"), c.login().accessToken(), "1")) {
            SseClient.Event e = stream.nextAny(WAIT);
            assertThat(e.isComment()).isTrue();
            assertThat(e.comment()).isEqualTo("keep-alive");
        }
    }

    /** Appends an event straight to the table, as a committed write whose NOTIFY nobody received. */
    private void writeWithoutNotify(String orderId, int seq, String message) {
        long id = pool.query("select nextval('repair_event_id_seq') as id").execute().await().atMost(WAIT)
                .iterator().next().getLong("id");
        String payload = new io.vertx.core.json.JsonObject().put("id", id).put("orderId", orderId).put("reference", "RO-TEST")
                .put("seq", seq).put("type", "UPDATE").put("at", OffsetDateTime.now().toString()).put("status", "IN_REPAIR")
                .put("message", message).put("automatic", false).encode();
        pool.withTransaction(conn -> conn.preparedQuery("insert into repair_event (id, order_id, seq, at, type, staff_only, payload) "
                                + "values ($1, $2, $3, now(), 'UPDATE', false, $4)")
                        .execute(Tuple.of(id, UUID.fromString(orderId), seq, payload))
                        .chain(() -> conn.preparedQuery("update repair_order set last_seq = $2 where id = $1")
                                .execute(Tuple.of(UUID.fromString(orderId), seq))))
                .await().atMost(WAIT);
    }
}

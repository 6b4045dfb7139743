package io.pitstop.notify;

import io.pitstop.identity.Role;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.MutableClock;
import io.pitstop.support.Db;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.pitstop.support.BookingFixtures.availability;
import static io.pitstop.support.BookingFixtures.bookableDay;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.assertj.core.api.Assertions.assertThat;

/** Notifications reach a real HTTP endpoint through the outbox; failures are retried with backoff, never lost. */
@QuarkusTest
@TestProfile(WebhookDeliveryTest.Webhook.class)
class WebhookDeliveryTest {

    /** JVM-wide: Quarkus loads test classes twice, and the profile and the server must agree on the port. */
    static final int PORT = Integer.parseInt(System.getProperties()
            .computeIfAbsent("pitstop.test.webhook-port", k -> Integer.toString(freePort())).toString());
    static final AtomicInteger FAILURES_LEFT = new AtomicInteger();
    static final List<JsonObject> RECEIVED = new CopyOnWriteArrayList<>();
    static Vertx vertx;
    static HttpServer server;

    public static class Webhook implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pitstop.notify.webhook-url", "http://127.0.0.1:" + PORT + "/hook",
                    "pitstop.notify.max-attempts", "3",
                    "pitstop.notify.first-retry", "PT30S");
        }
    }

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    MutableClock clock;

    @Inject
    BookingFixtures fixtures;

    @Inject
    TestAccounts accounts;

    @BeforeAll
    static void startGateway() throws Exception {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
            if (FAILURES_LEFT.getAndDecrement() > 0) {
                req.response().setStatusCode(503).end();
            } else {
                RECEIVED.add(body.toJsonObject());
                req.response().setStatusCode(202).end();
            }
        })).listen(PORT, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        // With a gateway configured, the registration codes arrive here too.
        TestAccounts.codeReader = phone -> RECEIVED.stream()
                .filter(m -> phone.equals(m.getString("to")) && "PHONE_CODE".equals(m.getString("kind")))
                .reduce((first, second) -> second)
                .map(m -> m.getJsonObject("params").getString("code"));
    }

    @AfterAll
    static void stopGateway() throws Exception {
        TestAccounts.codeReader = io.pitstop.support.Sms::lastCode;
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        vertx.close();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFailedDeliveryIsRetriedWithBackoffUntilItGetsThrough() throws Throwable {
        var manager = accounts.staff(Role.MANAGER);
        var customer = book();
        FAILURES_LEFT.set(Integer.MAX_VALUE);
        dispatchAll();
        assertThat(message(manager, "PENDING", customer.login().phone())).containsEntry("attempts", 1);

        FAILURES_LEFT.set(1);
        dispatchAll(); // not due yet: the next attempt is 30 s away
        assertThat(message(manager, "PENDING", customer.login().phone())).containsEntry("attempts", 1);

        clock.advance(Duration.ofSeconds(31));
        dispatchAll(); // fails once more; the wait doubles to 60 s
        assertThat(message(manager, "PENDING", customer.login().phone())).containsEntry("attempts", 2)
                .containsEntry("lastError", "webhook answered 503");

        clock.advance(Duration.ofSeconds(61));
        dispatchAll();
        assertThat(message(manager, "SENT", customer.login().phone())).containsEntry("attempts", 3);
        assertThat(RECEIVED).anySatisfy(body -> {
            assertThat(body.getString("to")).isEqualTo(customer.login().phone());
            assertThat(body.getString("kind")).isEqualTo("BOOKING_RECEIVED");
            assertThat(body.getString("channel")).isEqualTo("SMS");
        });
    }

    @Test
    void aDeliveryThatNeverGetsThroughIsMarkedFailedAndVisible() throws Throwable {
        var manager = accounts.staff(Role.MANAGER);
        var customer = book();
        FAILURES_LEFT.set(Integer.MAX_VALUE);
        for (int i = 0; i < 3; i++) {
            dispatchAll();
            clock.advance(Duration.ofMinutes(5));
        }
        assertThat(message(manager, "FAILED", customer.login().phone())).containsEntry("attempts", 3);
        FAILURES_LEFT.set(0);
    }

    @Test
    void aManagerRetriesAFailedDeliveryOnceTheGatewayIsBack() throws Throwable {
        var manager = accounts.staff(Role.MANAGER);
        var customer = book();
        FAILURES_LEFT.set(Integer.MAX_VALUE);
        for (int i = 0; i < 3; i++) {
            dispatchAll();
            clock.advance(Duration.ofMinutes(5));
        }
        String id = Db.query("select id from outbox_message where address = ? and kind = 'BOOKING_RECEIVED'",
                customer.login().phone()).get(0).get("id").toString();
        given().auth().oauth2(customer.login().accessToken()).post("/api/v1/outbox/{id}/retry", id).then().statusCode(403);

        FAILURES_LEFT.set(0);
        given().auth().oauth2(manager.accessToken()).post("/api/v1/outbox/{id}/retry", id).then().statusCode(200)
                .body("status", is("SENT")).body("attempts", is(1));
        assertThat(RECEIVED).anySatisfy(body -> assertThat(body.getString("to")).isEqualTo(customer.login().phone()));

        given().auth().oauth2(manager.accessToken()).post("/api/v1/outbox/{id}/retry", id).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("SENT"));
        given().auth().oauth2(manager.accessToken()).post("/api/v1/outbox/{id}/retry", java.util.UUID.randomUUID()).then().statusCode(404);
    }

    private BookingFixtures.Customer book() {
        var customer = fixtures.customerWithVehicle();
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        var day = bookableDay(type);
        given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON)
                .body(BookingFixtures.booking(customer, type, availability(type, day, day).getString("slots[0].start")))
                .post("/api/v1/appointments").then().statusCode(201);
        return customer;
    }

    private void dispatchAll() throws Throwable {
        while (VertxContextSupport.subscribeAndAwait(dispatcher::dispatch) > 0) {
            // keep going until nothing is due
        }
    }

    /**
     * The booking's message as the manager's outbox view shows it. Found by its id: the view lists the newest 200 of a
     * status, and other tests (with their clocks moved ahead) leave many.
     */
    private static Map<String, Object> message(TestAccounts.Login manager, String status, String phone) {
        var ids = Db.query("select id from outbox_message where address = ? and kind = 'BOOKING_RECEIVED'", phone);
        assertThat(ids).as("the booking message to %s", phone).hasSize(1);
        Map<String, Object> found = given().auth().oauth2(manager.accessToken()).queryParam("status", status)
                .get("/api/v1/outbox").then().statusCode(200).extract().jsonPath()
                .getMap("find { it.id == '" + ids.get(0).get("id") + "' }");
        if (found == null) {
            // Beyond the newest 200: the stored row says the same.
            var row = Db.query("select status, attempts, last_error as \"lastError\" from outbox_message where id = ?", ids.get(0).get("id"));
            assertThat(row.get(0).get("status")).as("status of the message to %s", phone).isEqualTo(status);
            return row.get(0);
        }
        return found;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

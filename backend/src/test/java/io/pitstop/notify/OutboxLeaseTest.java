package io.pitstop.notify;

import io.pitstop.support.BookingFixtures;
import io.pitstop.support.Db;
import io.pitstop.support.MutableClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.pitstop.support.BookingFixtures.availability;
import static io.pitstop.support.BookingFixtures.bookableDay;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance that claimed outbox messages and died (kill -9, between its claim and its send) holds them only for the
 * lease: the other instances leave them alone until it is over, then send them. Nothing stays claimed forever.
 */
@QuarkusTest
class OutboxLeaseTest {

    @Inject
    OutboxRepository outbox;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    MutableClock clock;

    @Inject
    BookingFixtures fixtures;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aMessageClaimedByAnInstanceThatDiedIsSentByAnotherOnceTheLeaseIsOver() throws Throwable {
        var customer = fixtures.customerWithVehicle();
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        var day = bookableDay(type);
        given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON)
                .body(BookingFixtures.booking(customer, type, availability(type, day, day).getString("slots[0].start")))
                .post("/api/v1/appointments").then().statusCode(201);
        String phone = customer.login().phone();
        assertThat(message(phone)).containsEntry("status", "PENDING").containsEntry("attempts", 0);

        // The instance that dies: it claims what is due, as its dispatcher does first, and never gets to send.
        Instant now = clock.instant();
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> outbox.claimDue(now, now.plus(Duration.ofMinutes(2)), 1000)));

        clock.advance(Duration.ofSeconds(119));
        dispatchAll();
        assertThat(message(phone)).as("held by the claim while its lease runs").containsEntry("status", "PENDING").containsEntry("attempts", 0);

        clock.advance(Duration.ofSeconds(2));
        dispatchAll();
        assertThat(message(phone)).as("taken over once the lease is over").containsEntry("status", "SENT").containsEntry("attempts", 1);
    }

    private void dispatchAll() throws Throwable {
        while (VertxContextSupport.subscribeAndAwait(dispatcher::dispatch) > 0) {
            // until nothing is due
        }
    }

    private static Map<String, Object> message(String phone) {
        var rows = Db.query("select status, attempts from outbox_message where address = ? and kind = 'BOOKING_RECEIVED'", phone);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}

package io.pitstop.booking;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pitstop.identity.Role;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static io.pitstop.support.BookingFixtures.availability;
import static io.pitstop.support.BookingFixtures.bookableDay;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ConcurrentBookingTest {

    @Inject
    BookingFixtures fixtures;

    @Inject
    TestAccounts accounts;

    @TestHTTPResource("/api/v1/appointments")
    URL appointments;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Test
    void fiftyConcurrentRequestsForASlotWithCapacityThreeGiveThreeBookingsAndFortySevenConflicts() throws Exception {
        String type = fixtures.serviceType("TIRES_ALIGNMENT", 60);
        fixtures.bay("TIRES_ALIGNMENT");
        fixtures.bay("TIRES_ALIGNMENT");
        LocalDate day = bookableDay(type);
        String start = availability(type, day, day).getString("slots[0].start");
        ObjectMapper json = new ObjectMapper();
        // Bring the start time down to exactly three free bays, whatever other tests added to the shop.
        int free = availability(type, day, day).getInt("slots[0].remaining");
        // The shop keeps a bay back for emergencies: add bays until three are bookable at that time.
        for (int added = 0; free < 3 && added < 5; added++) {
            fixtures.bay("TIRES_ALIGNMENT");
            free = availability(type, day, day).getInt("slots[0].remaining");
        }
        assertThat(free).isGreaterThanOrEqualTo(3);
        for (int i = 3; i < free; i++) {
            var other = fixtures.customerWithVehicle();
            io.restassured.RestAssured.given().auth().oauth2(other.login().accessToken())
                    .contentType(io.restassured.http.ContentType.JSON)
                    .body(BookingFixtures.booking(other, type, start))
                    .post("/api/v1/appointments").then().statusCode(201);
        }
        int capacity = availability(type, day, day).getInt("slots[0].remaining");
        assertThat(capacity).isEqualTo(3);
        // Fifty customers with a car each (one car cannot hold two bookings at once, one customer only a few), all
        // wanting the same start time.
        List<String> bodies = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            var one = fixtures.customerWithVehicle();
            bodies.add(json.writeValueAsString(BookingFixtures.booking(one, type, start)));
            tokens.add(one.login().accessToken());
        }

        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(50)).build();
        CountDownLatch ready = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(50);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            HttpRequest request = HttpRequest.newBuilder(appointments.toURI())
                    .header("Authorization", "Bearer " + tokens.get(i))
                    .header("X-Forwarded-For", io.pitstop.support.TestClients.randomAddress())
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i))).build();
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    ready.await();
                    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, pool));
        }
        ready.countDown();
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).toList();

        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(3);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(47);
        assertThat(availability(type, day, day).getList("slots.start")).doesNotContain(start);
    }

    /**
     * Below the application: two connections insert the same bay and time (right after an existing booking) at the
     * same time. The second waits for the first and, once it commits, fails with an exclusion violation, whatever
     * any instance believed.
     */
    @Test
    void theDatabaseRefusesOverlappingBookingsOfOneBayAcrossConnections() throws Exception {
        var customer = fixtures.customerWithVehicle();
        String type = fixtures.serviceType("DIAGNOSTICS", 90);
        LocalDate day = bookableDay(type);
        String start = availability(type, day, day).getString("slots[0].start");
        String id = io.restassured.RestAssured.given().auth().oauth2(customer.login().accessToken())
                .contentType(io.restassured.http.ContentType.JSON).body(BookingFixtures.booking(customer, type, start))
                .post("/api/v1/appointments").then().statusCode(201).extract().path("id");

        String copy = """
                insert into appointment (id, reference, customer_id, vehicle_id, service_type, bay_id, starts_at, ends_at,
                    status, emergency, channel, fault_description, booked_by, confirm_by, created_at)
                select ?, ?, customer_id, vehicle_id, service_type, bay_id, ends_at,
                    ends_at + (ends_at - starts_at), 'REQUESTED', false, 'APP', 'race', booked_by, confirm_by, created_at
                from appointment where id = ?
                """;
        try (Connection a = connect(); Connection b = connect()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            insert(a, copy, id, "RACE-A1");
            AtomicReference<SQLException> failure = new AtomicReference<>();
            Thread second = new Thread(() -> {
                try {
                    insert(b, copy, id, "RACE-B1");
                    b.commit();
                } catch (SQLException e) {
                    failure.set(e);
                }
            });
            second.start();
            Thread.sleep(300); // let the second insert reach the database and wait on the first's uncommitted row
            a.commit();        // the first wins; the second, waiting on it, must now fail
            second.join(TimeUnit.SECONDS.toMillis(30));
            assertThat((Object) failure.get()).as("the second insert must fail").isNotNull();
            assertThat(failure.get().getSQLState()).isEqualTo("23P01"); // exclusion_violation
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username.orElse(null), password.orElse(null));
    }

    private static void insert(Connection c, String sql, String sourceId, String reference) throws SQLException {
        try (var ps = c.prepareStatement(sql)) {
            ps.setObject(1, UUID.randomUUID());
            ps.setString(2, reference + UUID.randomUUID().toString().substring(0, 4));
            ps.setObject(3, UUID.fromString(sourceId));
            ps.executeUpdate();
        }
    }
}

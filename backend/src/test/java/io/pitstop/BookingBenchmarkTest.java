package io.pitstop;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static io.pitstop.support.BookingFixtures.availability;
import static io.pitstop.support.BookingFixtures.bookableDay;

/**
 * Figures, not assertions: run with {@code ./mvnw -pl backend -am verify -Pbench} (excluded from the normal build).
 * Prints latency percentiles and throughput of availability reads, contended and spread booking writes, and logins,
 * against the test instance and its PostgreSQL (the load generator shares the machine).
 */
@QuarkusTest
@Tag("benchmark")
@io.quarkus.test.junit.TestProfile(BookingBenchmarkTest.Unlimited.class)
class BookingBenchmarkTest {

    /**
     * The benchmark measures the booking path's throughput, not the abuse limits: one customer with a fleet books
     * hundreds of times from one address, so caps and rate limits are lifted here (and only here).
     */
    public static class Unlimited implements io.quarkus.test.junit.QuarkusTestProfile {
        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            return java.util.Map.of(
                    "pitstop.booking.max-live-bookings-per-customer", "100000",
                    "pitstop.booking.max-live-bookings-per-vehicle", "100000",
                    "pitstop.booking.max-vehicles-per-customer", "100000",
                    "pitstop.booking.attempts-per-account", "1000000/1h",
                    "pitstop.booking.attempts-per-client", "1000000/1h");
        }
    }

    @Inject
    BookingFixtures fixtures;

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void printFigures() throws Exception {
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        for (int i = 0; i < 6; i++) {
            fixtures.bay("GENERAL_SERVICE");
        }
        LocalDate day = bookableDay(type);
        URI availabilityUri = base.toURI().resolve("/api/v1/availability?serviceType=" + type + "&from=" + day + "&to=" + day.plusDays(6));

        // Warm-up
        run(200, 8, i -> get(availabilityUri));
        System.out.println("\n=== Pitstop benchmark (" + Runtime.getRuntime().availableProcessors() + " cores) ===");
        report("availability, 7 days, 32 concurrent", run(2000, 32, i -> get(availabilityUri)));

        var customer = fixtures.customerWithVehicle();
        String start = availability(type, day, day).getString("slots[0].start");
        List<String> contended = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            contended.add(json.writeValueAsString(BookingFixtures.booking(BookingFixtures.addVehicle(customer.login()), type, start)));
        }
        report("booking one start time, 50 cars concurrently (capacity "
                + availability(type, day, day).getInt("slots[0].remaining") + ")", run(50, 50, i -> post(customer, contended.get(i))));

        List<String> starts = availability(type, day.plusDays(1), day.plusDays(6)).getList("slots.start");
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < Math.min(200, starts.size() * 2); i++) {
            bodies.add(json.writeValueAsString(BookingFixtures.booking(BookingFixtures.addVehicle(customer.login()), type,
                    starts.get(i % starts.size()))));
        }
        report("bookings spread over 6 days, 16 concurrent", run(bodies.size(), 16, i -> post(customer, bodies.get(i))));

        String phone = customer.login().phone();
        String login = json.writeValueAsString(Map.of("phone", phone, "password", TestAccounts.PASSWORD));
        report("login (bcrypt on worker threads), 8 concurrent", run(200, 8, i -> postJson("/api/v1/auth/login", login, null)));
        System.out.println("=== end of benchmark ===\n");
    }

    private interface Call {
        int apply(int i) throws Exception;
    }

    private record Result(long[] nanos, int[] statuses, long wallNanos) {
    }

    private Result run(int count, int concurrency, Call call) throws Exception {
        long[] nanos = new long[count];
        int[] statuses = new int[count];
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long t0 = System.nanoTime();
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            all.add(CompletableFuture.runAsync(() -> {
                long s = System.nanoTime();
                try {
                    statuses[n] = call.apply(n);
                } catch (Exception e) {
                    statuses[n] = -1;
                }
                nanos[n] = System.nanoTime() - s;
            }, pool));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        long wall = System.nanoTime() - t0;
        pool.shutdown();
        return new Result(nanos, statuses, wall);
    }

    private static void report(String what, Result r) {
        long[] sorted = r.nanos().clone();
        Arrays.sort(sorted);
        double throughput = r.nanos().length / (r.wallNanos() / 1e9);
        Map<Integer, Long> byStatus = Arrays.stream(r.statuses()).boxed()
                .collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        System.out.printf("%-55s n=%4d  p50=%6.1f ms  p95=%6.1f ms  p99=%6.1f ms  %7.0f req/s  statuses=%s%n", what,
                sorted.length, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), throughput, byStatus);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private int get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int post(BookingFixtures.Customer customer, String body) throws Exception {
        return postJson("/api/v1/appointments", body, customer.login().accessToken());
    }

    private int postJson(String path, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.toURI().resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}

package io.pitstop;

import io.pitstop.identity.Role;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.Db;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/**
 * Figures, not assertions (run with {@code ./mvnw -pl backend -am test -Pbench-kpi}): generates a year of a busy shop
 * ({@code kpi/busy-year.sql}, 60 orders a day by default; {@code -Dpitstop.bench.days=} and {@code -Dpitstop.bench.per-day=}
 * change it) and times the indicator report of a month and of the year, each against a reference measured in the same
 * run: the shop's configuration (a few indexed reads) through the same HTTP stack.
 */
@QuarkusTest
@Tag("kpi-benchmark")
class KpiBenchmarkTest {

    @Inject
    TestAccounts accounts;

    @Inject
    BookingFixtures fixtures;

    @Test
    void printFigures() throws Exception {
        int days = Integer.getInteger("pitstop.bench.days", 365);
        int perDay = Integer.getInteger("pitstop.bench.per-day", 60);
        String type = fixtures.serviceType("GENERAL_SERVICE", 60);
        long generating = System.nanoTime();
        generate(days, perDay, type);
        double generated = (System.nanoTime() - generating) / 1e9;
        var manager = accounts.staff(Role.MANAGER);
        ZoneId zone = ZoneId.of(given().get("/api/v1/shop").then().extract().path("timeZone"));
        LocalDate yesterday = LocalDate.now(zone).minusDays(1);
        LocalDate monthStart = yesterday.minusMonths(1).withDayOfMonth(1);
        LocalDate monthEnd = monthStart.withDayOfMonth(monthStart.lengthOfMonth());
        LocalDate yearStart = yesterday.minusDays(days - 1L);

        // Warm-up: the JIT and PostgreSQL's caches, as a long-running shop has them.
        for (int i = 0; i < 5; i++) {
            report(manager.accessToken(), monthStart, monthEnd, "SHOP");
            given().get("/api/v1/shop").then().statusCode(200);
        }
        List<Double> reference = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long t = System.nanoTime();
            given().get("/api/v1/shop").then().statusCode(200);
            reference.add((System.nanoTime() - t) / 1e6);
        }
        List<Double> month = time(20, () -> report(manager.accessToken(), monthStart, monthEnd, "SHOP"));
        List<Double> monthByAdvisor = time(20, () -> report(manager.accessToken(), monthStart, monthEnd, "ADVISOR"));
        List<Double> year = time(10, () -> report(manager.accessToken(), yearStart, yesterday, "SHOP"));
        List<Double> drill = time(20, () -> given().auth().oauth2(manager.accessToken())
                .queryParam("from", monthStart.toString()).queryParam("to", monthEnd.toString())
                .get("/api/v1/kpis/ON_TIME_LAST_PROMISE/items").then().statusCode(200));

        var counts = Db.query("select (select count(*) from repair_order) as orders, (select count(*) from repair_event) as events, "
                + "(select count(*) from appointment) as bookings, (select count(*) from complaint) as complaints, "
                + "pg_size_pretty(pg_database_size(current_database())) as size").get(0);
        double ref = percentile(reference, 95);
        System.out.println("\n=== Pitstop indicator benchmark (" + Runtime.getRuntime().availableProcessors() + " cores) ===");
        System.out.printf(Locale.ROOT, "generated %d days x %d orders in %.1f s; database now: %s orders, %s events, %s bookings, "
                        + "%s complaints, %s%n", days, perDay, generated, counts.get("orders"), counts.get("events"),
                counts.get("bookings"), counts.get("complaints"), counts.get("size"));
        line("reference: GET /api/v1/shop", reference, ref);
        line("indicators of a month (" + io.pitstop.kpi.Indicator.values().length + ", shop)", month, ref);
        line("indicators of a month, per advisor", monthByAdvisor, ref);
        line("indicators of " + days + " days (" + io.pitstop.kpi.Indicator.values().length + ", shop)", year, ref);
        line("drill-down of a month (one indicator)", drill, ref);
        System.out.println("=== end of indicator benchmark ===\n");
    }

    private static void report(String token, LocalDate from, LocalDate to, String scope) {
        given().auth().oauth2(token).queryParam("from", from.toString()).queryParam("to", to.toString()).queryParam("scope", scope)
                .get("/api/v1/kpis").then().statusCode(200);
    }

    private static List<Double> time(int n, Runnable call) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            call.run();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        return ms;
    }

    private static void line(String what, List<Double> ms, double reference) {
        double p95 = percentile(ms, 95);
        System.out.printf(Locale.ROOT, "%-42s n=%3d  p50=%7.1f ms  p95=%7.1f ms  p95 / reference p95 = %6.1f%n", what, ms.size(),
                percentile(ms, 50), p95, p95 / reference);
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    /** Runs kpi/busy-year.sql with the run's parameters, on one connection (it uses temporary tables). */
    static void generate(int days, int perDay, String serviceType) throws Exception {
        String sql;
        try (InputStream in = KpiBenchmarkTest.class.getResourceAsStream("/kpi/busy-year.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36).toUpperCase(Locale.ROOT);
        tag = ("XXXX" + tag).substring(tag.length());
        String digits = String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        sql = sql.replace(":'gen_digits'", "'" + digits + "'").replace(":'gen'", "'" + tag + "'")
                .replace(":'service_type'", "'" + serviceType + "'")
                .replace(":days", Integer.toString(days)).replace(":per_day", Integer.toString(perDay));
        try (Connection c = Db.connect(); var st = c.createStatement()) {
            st.execute(sql);
        }
    }
}

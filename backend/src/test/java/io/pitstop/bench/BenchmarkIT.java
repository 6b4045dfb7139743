package io.pitstop.bench;

import io.pitstop.support.PackagedApp;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark of issue 13 ({@code ./mvnw -pl backend -am verify -Pbench}; never in the normal build): the
 * packaged application as its own process on a real PostgreSQL, the demo shop with extra bays, and the load from
 * another process ({@link LoadClient}). Every scenario is printed next to a reference measured in the same run, in a
 * table (target/bench/results.md) and as JSON (target/bench/results.json). Figures, not assertions, except one
 * invariant: no slot is ever booked beyond its capacity.
 */
@Tag("benchmark")
class BenchmarkIT {

    private static final String SERVICE = "MINOR_SERVICE";

    private final BenchConfig cfg = BenchConfig.load();
    private final BenchReport report = new BenchReport();
    private Path work;
    private BenchDb db;
    private Path key;

    @Test
    void benchmark() throws Exception {
        work = Files.createTempDirectory("pitstop-bench");
        Path out = Path.of(System.getProperty("pitstop.bench.out", "target/bench")).toAbsolutePath();
        db = BenchDb.start(cfg.dbUrl(), work);
        key = PackagedApp.signingKey(work);
        report.put("machine", Runtime.getRuntime().availableProcessors() + " cores, java " + System.getProperty("java.version"));
        report.put("database", db.describe());
        report.put("config", JsonObject.mapFrom(cfg));
        report.put("startedAt", java.time.Instant.now().toString());
        long overCapacity;
        BenchApp app = start("app-first-start");
        double firstStart = app.readySeconds;
        try {
            Fixture f = setUp(app);
            Thread.sleep(5000); // idle: nothing but the application's own jobs
            long idleRss = app.rssMb();
            List<String> only = List.of(BenchConfig.text("scenarios", "reads,booking,streams,jobs").split(","));
            BenchApp running = app;
            scenario(only, "reads", () -> reads(running, f));
            long[] over = {0};
            scenario(only, "booking", () -> over[0] = bookings(running, f));
            overCapacity = over[0];
            scenario(only, "streams", () -> streams(running, f));
            long loadedRss = app.rssMb();
            // restarted before the jobs scenario: its backlog (thousands of orders and messages) would not let it idle
            app.close();
            app = start("app-restart");
            Thread.sleep(5000);
            long restartIdle = app.rssMb();
            BenchApp restarted = app;
            scenario(only, "jobs", () -> jobs(restarted, f));
            report.put("start", new JsonObject().put("firstStartSeconds", firstStart).put("restartSeconds", app.readySeconds)
                    .put("idleRssMbAfterSetup", idleRss).put("rssMbAfterLoad", loadedRss).put("idleRssMbAfterRestart", restartIdle)
                    .put("javaOpts", cfg.appJavaOpts()));
            report.row("start to ready (launch → /q/health/ready UP)", String.format("%.1f s on the existing database (first start, migrations and demo seed: %.1f s)",
                    app.readySeconds, firstStart), "—", "—", "< 3 s", app.readySeconds < 3);
            report.row("RSS idle / after load (" + cfg.appJavaOpts() + ")", String.format("%d MB idle after a restart; %d MB idle after setup, %d MB after reads, bookings and streams",
                    restartIdle, idleRss, loadedRss), "—", "—", "idle < 300 MB", restartIdle < 300);
        } finally {
            app.close();
            report.write(out.resolve("results.json"));
            System.out.println("\n=== Pitstop benchmark (" + db.describe() + ", " + Runtime.getRuntime().availableProcessors()
                    + " cores) ===\n" + report.table() + "\nJSON: " + out.resolve("results.json") + "\n");
            db.close();
        }
        assertThat(overCapacity).as("bookings beyond a slot's capacity").isZero();
    }

    private interface Scenario {
        void run() throws Exception;
    }

    /** One scenario; if it breaks (the application changed under it), the table says so and the others still run. */
    private void scenario(List<String> only, String name, Scenario scenario) {
        if (!only.contains(name)) {
            return;
        }
        try {
            scenario.run();
        } catch (Exception e) {
            e.printStackTrace();
            report.note("the " + name + " scenario failed and has no row: " + e);
        }
    }

    private BenchApp start(String name) throws Exception {
        return BenchApp.start(name, db.appUrl(), key, work, cfg.appJavaOpts(), Map.ofEntries(
                // the booking path's throughput is measured, not the abuse limits: caps and rate limits lifted (still counted)
                Map.entry("PITSTOP_BOOKING_MAX_LIVE_BOOKINGS_PER_CUSTOMER", "1000000"),
                Map.entry("PITSTOP_BOOKING_MAX_LIVE_BOOKINGS_PER_VEHICLE", "1000000"),
                Map.entry("PITSTOP_BOOKING_MAX_VEHICLES_PER_CUSTOMER", "100000"),
                Map.entry("PITSTOP_BOOKING_ATTEMPTS_PER_ACCOUNT", "100000000/1h"),
                Map.entry("PITSTOP_BOOKING_ATTEMPTS_PER_CLIENT", "100000000/1h"),
                Map.entry("PITSTOP_AUTH_CODES_PER_CLIENT", "100000/1h"),
                Map.entry("PITSTOP_AUTH_REGISTRATIONS_PER_CLIENT", "100000/1h"),
                Map.entry("PITSTOP_JWT_ACCESS_TTL", "PT3H"),
                // 10,000 streams come from the 50 owners' tokens (200 each): the per-account cap is lifted, not the instance's
                Map.entry("PITSTOP_LIVE_MAX_STREAMS_PER_USER", "100000"),
                Map.entry("PITSTOP_REPAIR_JOBS_EVERY", "1s")));
    }

    private record Fixture(String manager, String advisor, List<BenchSetup.Customer> customers, JsonArray orders, UUID jobsOwner) {
    }

    private Fixture setUp(BenchApp app) throws Exception {
        long t0 = System.nanoTime();
        BenchSetup setup = new BenchSetup(app);
        String manager = setup.login("13800000001");
        String advisor = setup.login("13800000002");
        setup.addBays(manager, cfg.extraBays());
        List<BenchSetup.Customer> customers = new ArrayList<>();
        for (int i = 0; i < cfg.bookingCustomers(); i++) {
            customers.add(setup.customer(cfg.vehiclesPerCustomer()));
        }
        JsonArray orders = new JsonArray();
        for (int i = 0; i < cfg.streamOrders(); i++) {
            BenchSetup.Customer owner = setup.customer(1);
            orders.add(new JsonObject().put("id", setup.checkIn(advisor, owner.vehicles().get(0))).put("token", owner.token()));
        }
        BenchSetup.Customer jobsOwner = setup.customer(0);
        UUID owner = UUID.fromString(setup.call("GET", "/api/v1/me", jobsOwner.token(), null, 200).getString("id"));
        System.out.printf("[bench] setup: %d extra bays, %d customers with %d cars each, %d orders in %.1f s%n", cfg.extraBays(),
                customers.size(), cfg.vehiclesPerCustomer(), orders.size(), (System.nanoTime() - t0) / 1e9);
        return new Fixture(manager, advisor, customers, orders, owner);
    }

    /** Availability of 7 days at a fixed rate, against two cheap endpoints of the same app at the same rate. */
    private void reads(BenchApp app, Fixture f) throws Exception {
        LocalDate from = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        String availability = "/api/v1/availability?serviceType=" + SERVICE + "&from=" + from + "&to=" + from.plusDays(6);
        String shop = "/api/v1/shop";
        String unread = "/api/v1/notifications/unread-count";
        String token = f.customers().get(0).token();
        JsonObject warm = new JsonObject().put("rate", Math.min(200, cfg.readRate())).put("seconds", 3.0);
        for (String path : List.of(availability, shop, unread)) {
            load("rate", warm.copy().put("path", path).put("token", token), app);
        }
        JsonObject run = new JsonObject().put("rate", cfg.readRate()).put("seconds", cfg.readSeconds()).put("connections", 64);
        JsonObject a = load("rate", run.copy().put("path", availability), app);
        JsonObject s = load("rate", run.copy().put("path", shop), app);
        JsonObject u = load("rate", run.copy().put("path", unread).put("token", token), app);
        report.put("availability", new JsonObject().put("availability", a).put("shop", s).put("unreadCount", u));
        report.row(String.format("availability, 7 days, %.0f req/s offered for %.0f s", cfg.readRate(), cfg.readSeconds()),
                readFigures(a), "`GET /api/v1/shop` (the 5 schedule queries): " + readFigures(s)
                        + "; `GET /api/v1/notifications/unread-count` (one indexed count): " + readFigures(u),
                "p99 " + BenchReport.times(a.getDouble("p99"), s.getDouble("p99")) + " / " + BenchReport.times(a.getDouble("p99"), u.getDouble("p99")),
                "p99 < 50 ms at 1,000 req/s", a.getDouble("p99") < 50 && a.getDouble("achievedRate") >= 990 && a.getInteger("errors") == 0);
    }

    private static String readFigures(JsonObject r) {
        return String.format("%.0f req/s achieved, p50 %s, p99 %s%s", r.getDouble("achievedRate"), BenchReport.ms(r, "p50"),
                BenchReport.ms(r, "p99"), r.getInteger("errors") == 0 ? "" : ", " + r.getInteger("errors") + " errors");
    }

    /** Contended booking writes through the API, the over-capacity check in SQL, then pgbench on the same transaction. */
    private long bookings(BenchApp app, Fixture f) throws Exception {
        BenchSetup setup = new BenchSetup(app);
        LocalDate first = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
        JsonArray starts = new JsonArray();
        setup.getArray("/api/v1/availability?serviceType=" + SERVICE + "&from=" + first + "&to=" + first.plusDays(cfg.bookingDays() - 1), "slots")
                .forEach(s -> starts.add(((JsonObject) s).getString("start")));
        JsonArray customers = new JsonArray();
        f.customers().forEach(c -> customers.add(new JsonObject().put("token", c.token()).put("vehicles", new JsonArray(c.vehicles()))));
        Path captured = work.resolve("booking-transaction.captured.sql");
        List<String> statements = BookingReference.capture(db, () -> {
            try {
                load("book", new JsonObject().put("customers", new JsonArray().add(customers.getJsonObject(0))).put("starts", starts)
                        .put("serviceType", SERVICE).put("seconds", 30.0).put("maxAttempts", 1).put("concurrency", 1), app);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, captured);
        Path out = Path.of(System.getProperty("pitstop.bench.out", "target/bench")).toAbsolutePath();
        if (statements.isEmpty()) {
            report.note("the booking transaction could not be captured from the server log (it needs csvlog; the embedded database has it)");
        } else {
            Files.createDirectories(out);
            Files.copy(captured, out.resolve("booking-transaction.captured.sql"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        JsonObject b = load("book", new JsonObject().put("customers", customers).put("starts", starts).put("serviceType", SERVICE)
                .put("seconds", cfg.bookingSeconds()).put("concurrency", cfg.bookingClients()), app);
        long overCapacity = overCapacity();
        b.put("overCapacity", overCapacity).put("offeredStarts", starts.size()).put("capturedStatements", statements.size());
        Path script = Path.of("src/test/resources/bench/booking-transaction.sql").toAbsolutePath();
        JsonObject pg = null;
        if (!BookingReference.available("pgbench")) {
            report.note("pgbench is not installed (apt-get install -y postgresql-client): the booking reference was skipped");
        } else {
            Path setupSql = script.resolveSibling("booking-setup.sql");
            if (Files.exists(setupSql)) {
                db.execute(Files.readString(setupSql));
            }
            try {
                String before = db.scalar("select now()::text");
                pg = BookingReference.pgbench(db, script, cfg.bookingClients(), cfg.bookingSeconds(), work);
                pg.put("scriptStatements", scriptStatements(script));
                // proof that its transactions inserted, not only read (no API booking runs meanwhile)
                pg.put("appointmentsInserted", Long.parseLong(db.scalar("select count(*) from appointment where created_at >= '" + before + "'")));
            } catch (Exception e) {
                report.note("pgbench failed, no booking reference: " + e.getMessage());
            }
        }
        report.put("booking", new JsonObject().put("api", b).put("pgbench", pg));
        String figures = String.format("%.0f attempts/s: %.0f bookings/s, %.0f conflicts/s (%d slot full, %d car already booked, %d other), "
                        + "p50 %s, p99 %s; over capacity afterwards: %d", b.getDouble("attemptsPerSecond"), b.getDouble("bookingsPerSecond"),
                b.getDouble("conflictsPerSecond"), b.getInteger("slotFull"), b.getInteger("vehicleBusy"), b.getInteger("other"),
                BenchReport.ms(b, "p50"), BenchReport.ms(b, "p99"), overCapacity);
        String reference = pg == null ? "pgbench absent" : String.format("pgbench, the same transaction (%d statements; the API's: %s): %.0f tps, p50 %s, p99 %s%s",
                pg.getInteger("scriptStatements"), statements.isEmpty() ? "not captured" : Integer.toString(statements.size()),
                pg.getDouble("tps"), BenchReport.ms(pg, "p50"), BenchReport.ms(pg, "p99"),
                pg.getLong("failed") == 0 ? "" : ", " + pg.getLong("failed") + " failed");
        report.row(String.format("booking writes, %d clients as %d customers, %d days (%d starts), %.0f s", cfg.bookingClients(),
                        cfg.bookingCustomers(), cfg.bookingDays(), starts.size(), cfg.bookingSeconds()), figures, reference,
                pg == null ? "—" : BenchReport.pct(b.getDouble("attemptsPerSecond"), pg.getDouble("tps")) + " (attempts/s ÷ tps)",
                "≥ 50 % of pgbench, 0 over capacity", pg == null ? null : overCapacity == 0
                        && b.getDouble("attemptsPerSecond") >= 0.5 * pg.getDouble("tps"));
        return overCapacity;
    }

    /**
     * Live bookings beyond capacity, whatever the application's design: two live bookings of one bay that overlap, and
     * any moment at which more live bookings run than the shop has active bays with the service's skill.
     */
    private long overCapacity() {
        String live = "status in ('REQUESTED', 'CONFIRMED', 'CHECKED_IN')";
        long sameBay = Long.parseLong(db.scalar("select count(*) from appointment a join appointment b on a.bay_id = b.bay_id and a.id < b.id "
                + "and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at) where a." + live + " and b." + live));
        long perSlot = Long.parseLong(db.scalar("select count(*) from (select s.starts_at, count(*) as running from "
                + "(select distinct starts_at from appointment where " + live + ") s join appointment a on a." + live
                + " and a.starts_at <= s.starts_at and a.ends_at > s.starts_at join service_type t on t.code = a.service_type "
                + "where t.skill = 'GENERAL_SERVICE' group by s.starts_at) r where r.running > "
                + "(select count(*) from bay where active and skills like '%GENERAL_SERVICE%')"));
        return sameBay + perSlot;
    }

    private static long scriptStatements(Path script) throws Exception {
        return Files.readAllLines(script).stream().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("--") && !l.startsWith("\\") && l.endsWith(";")).count();
    }

    /** Streams in steps; the first step (one stream per order) is the same-run reference of the later ones. */
    private void streams(BenchApp app, Fixture f) throws Exception {
        JsonObject r = load("sse", new JsonObject().put("orders", f.orders()).put("pid", app.pid()).put("advisorToken", f.advisor())
                .put("steps", new JsonArray(new ArrayList<>(cfg.streamSteps()))).put("updatesPerSecond", cfg.updatesPerSecond())
                .put("seconds", cfg.updateSeconds()), app);
        report.put("streams", r);
        JsonArray steps = r.getJsonArray("steps");
        JsonObject ref = steps.getJsonObject(0);
        for (int i = 1; i < steps.size(); i++) {
            JsonObject s = steps.getJsonObject(i);
            report.row(String.format("%,d SSE streams on %d orders, %d updates/s", s.getInteger("streams"), f.orders().size(), cfg.updatesPerSecond()),
                    String.format("%d open (%d failed, opened in %.0f s), %.1f KB RSS per stream (%d MB); update → client p50 %s, p99 %s; %d of %d deliveries",
                            s.getInteger("opened"), s.getInteger("failed"), s.getDouble("openSeconds"), s.getDouble("kbPerStream"),
                            s.getLong("rssMb"), BenchReport.ms(s, "p50"), BenchReport.ms(s, "p99"), s.getLong("deliveries"), s.getLong("deliveriesExpected")),
                    String.format("%d streams (one per order): p50 %s, p99 %s", ref.getInteger("streams"), BenchReport.ms(ref, "p50"), BenchReport.ms(ref, "p99")),
                    "p99 " + BenchReport.times(s.getDouble("p99", 0.0), ref.getDouble("p99", 0.0)),
                    s.getInteger("streams") >= 10_000 ? "10,000 streams p99 < 200 ms" : "—",
                    s.getInteger("streams") >= 10_000 ? s.getInteger("opened") >= 10_000 && s.getDouble("p99", 1e9) < 200
                            && s.getLong("deliveries").equals(s.getLong("deliveriesExpected")) : null);
        }
    }

    /** The hourly-update and delay jobs over generated open orders, the shop open around the clock for them. */
    private void jobs(BenchApp app, Fixture f) throws Exception {
        BenchSetup setup = new BenchSetup(app);
        JsonObject shop = setup.call("GET", "/api/v1/shop", null, null, 200);
        JsonArray week = new JsonArray();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            week.add(new JsonObject().put("dayOfWeek", day).put("opens", "00:00").put("closes", "23:59"));
        }
        JsonObject settings = new JsonObject();
        for (String field : List.of("name", "nameEn", "timeZone", "phone", "address", "emergencyPhone")) {
            settings.put(field, shop.getValue(field));
        }
        setup.call("PUT", "/api/v1/shop", f.manager(), settings.put("openingHours", week), 200);
        JsonObject r = JobsScenario.run(db, f.jobsOwner(), cfg.jobOrders(), cfg.jobsTimeoutSeconds());
        report.put("jobs", r);
        double done = r.getDouble("allDoneSeconds");
        double observed = r.getDouble("observedSeconds");
        int slower = Math.min(r.getInteger("hourlyUpdated"), r.getInteger("delayRisksRaised"));
        report.row(String.format("hourly-update and delay jobs over %,d due open orders (scheduler every 1 s)", cfg.jobOrders()),
                done < 0 ? String.format("not done when observation stopped at %.0f s: %,d updates and %,d delay risks done "
                                + "(%.0f orders/s for the slower job: all %,d in about %.0f s)", observed, r.getInteger("hourlyUpdated"),
                        r.getInteger("delayRisksRaised"), slower / observed, cfg.jobOrders(), slower == 0 ? -1 : cfg.jobOrders() * observed / slower)
                        : String.format("all done in %.1f s (updates %.1f s, delay risks %.1f s)", done, r.getDouble("hourlyUpdatesSeconds"),
                        r.getDouble("delayWatchSeconds")),
                String.format("PostgreSQL inserting the %,d orders in one statement: %.2f s", cfg.jobOrders(), r.getDouble("insertOrdersSeconds")),
                done < 0 ? "—" : BenchReport.times(done, r.getDouble("insertOrdersSeconds")), "< 5 s", done >= 0 && done < 5);
    }

    /** Runs the load client as its own process and returns its RESULT line. */
    private JsonObject load(String mode, JsonObject input, BenchApp app) throws Exception {
        Path in = Files.createTempFile(work, mode, ".json");
        Files.writeString(in, input.copy().put("base", app.base).encode());
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path cpFile = work.resolve("classpath.txt");
        Files.writeString(cpFile, "-cp " + cp.replace("\\", "\\\\"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "@" + cpFile, LoadClient.class.getName(), mode, in.toString()).redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        String result = null;
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("RESULT ")) {
                    result = line.substring(7);
                } else {
                    System.out.println(line);
                }
            }
        }
        if (p.waitFor() != 0 || result == null) {
            throw new IllegalStateException("load client " + mode + " failed (exit " + p.exitValue() + ")");
        }
        JsonObject r = new JsonObject(result);
        System.out.println("[bench] " + mode + " " + input.getString("path", "") + " -> " + r.encode());
        return r;
    }
}

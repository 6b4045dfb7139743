package io.pitstop.kpi;

import io.pitstop.identity.Role;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.Db;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every indicator on a small data set built by hand, compared with values worked out by hand (in the comments). The
 * rows are written straight to the tables (the indicators only read them) on a day of 2001 that no other test uses:
 * the day D, the day before, and a day with nothing at all.
 */
@QuarkusTest
class IndicatorTest {

    static final LocalDate D = LocalDate.of(2001, 3, 15);
    static final LocalDate EMPTY = LocalDate.of(2001, 6, 1);
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static boolean built;

    @Inject
    TestAccounts accounts;

    @Inject
    BookingFixtures bookings;

    static TestAccounts.Login manager;
    static String a1;
    static String a2;
    static String t1;
    static String t2;
    static String c1;
    static Map<String, UUID> ids = new HashMap<>();
    static ZoneId zone;

    @BeforeEach
    void buildOnce() throws SQLException {
        if (built) {
            return;
        }
        manager = accounts.staff(Role.MANAGER);
        a1 = accounts.staff(Role.ADVISOR).id();
        a2 = accounts.staff(Role.ADVISOR).id();
        t1 = accounts.staff(Role.TECHNICIAN).id();
        t2 = accounts.staff(Role.TECHNICIAN).id();
        c1 = accounts.staff(Role.CUSTOMER_SERVICE).id();
        zone = ZoneId.of(given().get("/api/v1/shop").then().extract().path("timeZone"));
        String type = bookings.serviceType("GENERAL_SERVICE", 60);
        UUID bay = (UUID) Db.query("select id from bay order by code limit 1").get(0).get("id");
        var customer = bookings.customerWithVehicle();
        UUID owner = UUID.fromString(customer.login().id());
        try (Connection c = Db.connect()) {
            c.setAutoCommit(false);
            build(c, owner, type, bay);
            c.commit();
        }
        built = true;
    }

    // ------------------------------------------------------------------------------------------------ the data

    private void build(Connection c, UUID owner, String type, UUID bay) throws SQLException {
        UUID[] cars = new UUID[5];
        for (int i = 0; i < cars.length; i++) {
            cars[i] = UUID.randomUUID();
            exec(c, "insert into vehicle (id, customer_id, plate, vin, make, model, model_year, mileage_km, created_at, created_by) "
                    + "values (?, ?, ?, ?, '大众', '朗逸', 2020, 1000, now(), ?)", cars[i], owner, BookingFixtures.plate(),
                    BookingFixtures.vin(), owner);
        }
        // Bookings of D. B5 is withdrawn by the customer within the 15 minutes; B6 is made at 23:50 shop time (day D);
        // B7 at 00:10 the next day (not D).
        booking(c, "B1", owner, cars[0], type, bay, at(D, 9, 0), false, "CONFIRMED", at(D, 9, 10), a1, "ADVISOR");
        booking(c, "B2", owner, cars[1], type, bay, at(D, 10, 0), false, "CONFIRMED", at(D, 10, 40), a2, "ADVISOR");
        booking(c, "B3", owner, cars[2], type, bay, at(D, 11, 0), true, "CONFIRMED", at(D, 11, 20), a1, "ADVISOR");
        booking(c, "B4", owner, cars[3], type, bay, at(D, 12, 0), true, null, null, null, null);
        booking(c, "B5", owner, cars[4], type, bay, at(D, 13, 0), false, "CANCELLED", at(D, 13, 5), owner.toString(), "CUSTOMER");
        booking(c, "B6", owner, cars[0], type, bay, at(D, 23, 50), false, "CONFIRMED", at(D, 23, 55), a2, "ADVISOR");
        booking(c, "B7", owner, cars[1], type, bay, at(D.plusDays(1), 0, 10), false, "CONFIRMED", at(D.plusDays(1), 0, 11), a1, "ADVISOR");

        // O1: long (4 h expected), safety-critical, two delays, failed its first quality check, 3 of 6 hours updated.
        UUID o1 = order(c, "O1", owner, cars[0], a1, t1, "DELIVERED", true, 240, at(D, 8, 0), at(D, 8, 30), at(D, 8, 33),
                at(D, 8, 40), at(D, 15, 0), at(D, 14, 55), at(D, 16, 0), null);
        events(c, o1, e("REPAIR_STARTED", D, 8, 40), e("UPDATE", D, 9, 0), e("UPDATE", D, 10, 10), e("UPDATE", D, 12, 30),
                e("QUALITY_CHECK", D, 14, 30), e("QC_FAILED", D, 14, 40), e("QUALITY_CHECK", D, 14, 50), e("READY", D, 14, 55),
                e("SETTLEMENT_ISSUED", D, 15, 0), e("SETTLEMENT_ISSUED", D, 15, 20), e("DELIVERED", D, 16, 0));
        delay(c, o1, at(D, 13, 0), at(D, 14, 0), at(D, 11, 0), a1);
        delay(c, o1, at(D, 14, 0), at(D, 15, 0), at(D, 13, 45), a1);
        UUID e1 = item(c, o1, 0, "LABOUR", "REQUIRED", "APPROVED", a1);
        UUID e2 = item(c, o1, 1, "PART", "REQUIRED", "APPROVED", a1);
        item(c, o1, 2, "PART", "OPTIONAL", "DECLINED", a1);
        line(c, o1, 0, e1, "LABOUR", "3.0");
        line(c, o1, 1, e2, "PART", "1");
        rating(c, o1, owner, a1, t1, 90, at(D, 17, 0));

        // O2: dispatched after 15 min; a required item never settled; comes back 10 days later; rated 70.
        UUID o2 = order(c, "O2", owner, cars[1], a2, t2, "DELIVERED", false, 60, at(D, 9, 0), at(D, 9, 10), at(D, 9, 25),
                at(D, 9, 30), at(D, 11, 0), at(D, 10, 35), at(D, 12, 0), null);
        events(c, o2, e("REPAIR_STARTED", D, 9, 30), e("QUALITY_CHECK", D, 10, 30), e("READY", D, 10, 35),
                e("SETTLEMENT_ISSUED", D, 11, 0), e("DELIVERED", D, 12, 0));
        item(c, o2, 0, "LABOUR", "REQUIRED", "APPROVED", a2);
        line(c, o2, 0, null, "LABOUR", "1.5");
        rating(c, o2, owner, a2, t2, 70, at(D, 13, 0));
        order(c, "O5", owner, cars[1], a2, null, "CHECKED_IN", false, null, at(D.plusDays(10), 9, 0), null, null, null, null,
                null, null, null);

        // O3: approved at 23:00 the day before, delivered on D (an order spanning two periods).
        UUID o3 = order(c, "O3", owner, cars[2], a1, t1, "DELIVERED", false, 60, at(D.minusDays(1), 22, 0),
                at(D.minusDays(1), 23, 0), at(D.minusDays(1), 23, 2), at(D, 8, 0), at(D, 12, 0), at(D, 9, 10), at(D, 10, 0), null);
        events(c, o3, e("REPAIR_STARTED", D, 8, 0), e("QUALITY_CHECK", D, 9, 0), e("READY", D, 9, 10), e("DELIVERED", D, 10, 0));
        line(c, o3, 0, null, "LABOUR", "1");

        // O4: approved, never dispatched, cancelled an hour later.
        order(c, "O4", owner, cars[3], a2, null, "CANCELLED", false, 60, at(D, 13, 30), at(D, 14, 0), null, null, null, null,
                null, at(D, 15, 0));

        // Follow-up calls of D: reached, unreachable, and one with a problem solved in time.
        call(c, o1, owner, c1, "DONE", at(D, 10, 0), null, null);
        call(c, o3, owner, c1, "UNREACHABLE", at(D, 11, 0), null, null);
        call(c, o2, owner, c1, "PROBLEM", at(D, 12, 0), at(D, 18, 0), at(D, 17, 0));

        // K1 about O2: answered and resolved in time, then reopened and resolved again too late; closed. K2: nothing.
        complaint(c, "K1", owner, o2, "TECHNICAL", c1, "CLOSED", at(D, 13, 0), at(D, 14, 0), at(D.plusDays(3), 10, 0),
                at(D.plusDays(3), 12, 0), 4);
        complaint(c, "K2", owner, null, "ATTITUDE", c1, "NEW", at(D, 16, 0), null, null, null, null);
    }

    // ------------------------------------------------------------------------------------------------ the figures

    @Test
    void bookingsAreConfirmedAndAnsweredByTheRulesOfTheirShopDay() {
        JsonPath r = report(D, D, "SHOP");
        // Counted: B1 B2 B3 B4 B6 (B5 withdrawn, B7 the next day); in 15 min: B1 (10), B6 (5).
        figure(r, "BOOKING_CONFIRMED_IN_TIME", 40.0, 2, 5);
        // Minutes to confirm: 10, 40, 20, 5 (B4 never): the median is 15.
        assertThat(r.getDouble(path("BOOKING_CONFIRMED_IN_TIME") + ".median")).isEqualTo(15.0);
        figure(r, "EMERGENCY_RESPONSE_IN_TIME", 50.0, 1, 2);   // B3 in 20 min; B4 never
        figure(r, "NORMAL_RESPONSE_IN_TIME", 100.0, 3, 3);     // B1, B2, B6
        assertThat(r.getString(path("BOOKING_CONFIRMED_IN_TIME") + ".status")).isEqualTo("RED");

        JsonPath byAdvisor = report(D, D, "ADVISOR");
        assertThat(personValue(byAdvisor, "BOOKING_CONFIRMED_IN_TIME", a1)).isEqualTo(50.0); // B1 yes, B3 no
        assertThat(personValue(byAdvisor, "BOOKING_CONFIRMED_IN_TIME", a2)).isEqualTo(50.0); // B6 yes, B2 no
    }

    @Test
    void ordersAreCountedWhenTheyCloseAndDispatchWhenApproved() {
        JsonPath r = report(D, D, "SHOP");
        figure(r, "SERVICE_COMPLETION", 75.0, 3, 4);            // O1 O2 O3 delivered, O4 cancelled after approval
        figure(r, "KEY_ITEMS_COMPLETED", 66.67, 2, 3);          // O1's two settled, O2's not
        figure(r, "ON_TIME_FIRST_PROMISE", 66.67, 2, 3);        // O1 ready 14:55, first promised 13:00
        figure(r, "ON_TIME_LAST_PROMISE", 100.0, 3, 3);         // O1 last promised 15:00
        figure(r, "DELAYS_PER_100_ORDERS", 66.67, 2, 3);        // two delays, both on O1
        figure(r, "DELAY_ANNOUNCED_IN_TIME", 50.0, 1, 2);       // 2 h before; 15 min before
        figure(r, "DISPATCH_IN_TIME", 33.33, 1, 3);             // O1 3 min; O2 15 min; O4 never (O3: the day before)
        figure(r, "SAFETY_START_IN_TIME", 100.0, 1, 1);         // O1 10 min after approval
        figure(r, "HOURLY_UPDATES", 50.0, 3, 6);                // 6 whole hours 08:40-14:55, 3 with an update
        figure(r, "QC_FIRST_PASS", 66.67, 2, 3);                // O1 failed first
        figure(r, "COMEBACKS", 33.33, 1, 3);                    // O2's car back after 10 days
        // The order approved late the day before counts there for dispatch, and the day before has no closed order.
        JsonPath before = report(D.minusDays(1), D.minusDays(1), "SHOP");
        figure(before, "DISPATCH_IN_TIME", 100.0, 1, 1);
        assertThat(before.getString(path("SERVICE_COMPLETION") + ".value")).isNull();
        assertThat(r.getString(path("SERVICE_COMPLETION") + ".previous")).isNull();
        assertThat(r.getDouble(path("DISPATCH_IN_TIME") + ".previous")).isEqualTo(100.0);
    }

    @Test
    void afterDeliveryRatingsCallsAndComplaints() {
        JsonPath r = report(D, D, "SHOP");
        figure(r, "SATISFACTION", 80.0, 160, 2);                // 90 and 70
        assertThat(r.getString(path("SATISFACTION") + ".status")).isEqualTo("AMBER"); // 5 below 85
        figure(r, "DELIVERIES_RATED", 66.67, 2, 3);
        figure(r, "FOLLOW_UP_REACHED", 66.67, 2, 3);            // DONE and PROBLEM reached; UNREACHABLE not
        figure(r, "FOLLOW_UP_PROBLEMS_SOLVED", 100.0, 1, 1);
        figure(r, "COMPLAINTS_HANDLED", 50.0, 1, 2);            // K1 closed
        figure(r, "COMPLAINTS_ANSWERED_IN_TIME", 50.0, 1, 2);   // K1 in an hour
        figure(r, "COMPLAINTS_RESOLVED_IN_TIME", 0.0, 0, 2);    // K1 reopened, resolved again too late
        figure(r, "COMPLAINTS_PER_100_ORDERS", 66.67, 2, 3);
        // K1's customer gave 4 stars when it closed, three days later: that day's complaint satisfaction is 75.
        assertThat(r.getString(path("COMPLAINT_SATISFACTION") + ".value")).isNull();
        figure(report(D.plusDays(3), D.plusDays(3), "SHOP"), "COMPLAINT_SATISFACTION", 75.0, 75, 1);
        figure(r, "SETTLEMENT_FIRST_TIME_RIGHT", 50.0, 1, 2);  // O1's settlement was issued twice, O2's once
    }

    @Test
    void labourHoursAreBilledHoursOverHoursInRepair() {
        JsonPath r = report(D, D, "SHOP");
        figure(r, "SOLD_HOURS_PER_ORDER", 1.83, 5.5, 3);        // 3 + 1.5 + 1 over three orders
        figure(r, "TECHNICIAN_EFFICIENCY", 68.75, 5.5, 8);      // O1 5:50 + 0:10, O2 1:00, O3 1:00
        JsonPath byTechnician = report(D, D, "TECHNICIAN");
        assertThat(personValue(byTechnician, "TECHNICIAN_EFFICIENCY", t1)).isEqualTo(57.14); // 4 of 7 hours
        assertThat(personValue(byTechnician, "TECHNICIAN_EFFICIENCY", t2)).isEqualTo(150.0);
        assertThat(personValue(byTechnician, "QC_FIRST_PASS", t1)).isEqualTo(50.0);          // O1 no, O3 yes
    }

    @Test
    void aPeriodWithNothingHasNoValuesNotZeroes() {
        JsonPath r = report(EMPTY, EMPTY, "SHOP");
        for (Indicator i : Indicator.values()) {
            assertThat(r.getString(path(i.name()) + ".value")).as(i.name()).isNull();
            assertThat(r.getString(path(i.name()) + ".status")).as(i.name()).isEqualTo("NONE");
        }
    }

    @Test
    void theDrillDownListsExactlyTheItemsBehindTheFigureAndWhichMissed() {
        List<Map<String, Object>> items = given().auth().oauth2(manager.accessToken())
                .queryParam("from", D.toString()).queryParam("to", D.toString())
                .get("/api/v1/kpis/DISPATCH_IN_TIME/items").then().statusCode(200).extract().jsonPath().getList("");
        assertThat(items).extracting(m -> m.get("reference")).containsExactly(ref("O1"), ref("O2"), ref("O4"));
        assertThat(items).extracting(m -> m.get("missed")).containsExactly(false, true, true);
        assertThat(items.get(1).get("measure")).isEqualTo(15.0f);
        List<Map<String, Object>> mine = given().auth().oauth2(manager.accessToken())
                .queryParam("from", D.toString()).queryParam("to", D.toString())
                .queryParam("scope", "ADVISOR").queryParam("subject", a1)
                .get("/api/v1/kpis/BOOKING_CONFIRMED_IN_TIME/items").then().statusCode(200).extract().jsonPath().getList("");
        assertThat(mine).extracting(m -> m.get("reference")).containsExactly(ref("B1"), ref("B3"));
    }

    @Test
    void onlyManagersSeeTheIndicatorsAndBadPeriodsAreRefused() {
        var advisor = accounts.staff(Role.ADVISOR);
        given().auth().oauth2(advisor.accessToken()).get("/api/v1/kpis").then().statusCode(403);
        given().auth().oauth2(manager.accessToken()).queryParam("from", "2001-03-15").queryParam("to", "2001-03-01")
                .get("/api/v1/kpis").then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("to"));
        given().auth().oauth2(manager.accessToken()).queryParam("from", "2000-01-01").queryParam("to", "2002-01-01")
                .get("/api/v1/kpis").then().statusCode(400);
        given().auth().oauth2(manager.accessToken()).get("/api/v1/kpis/NO_SUCH_THING/items").then().statusCode(404);
        given().auth().oauth2(manager.accessToken()).queryParam("scope", "TECHNICIAN")
                .get("/api/v1/kpis/FOLLOW_UP_REACHED/items").then().statusCode(400);
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private static JsonPath report(LocalDate from, LocalDate to, String scope) {
        return given().auth().oauth2(manager.accessToken()).queryParam("from", from.toString()).queryParam("to", to.toString())
                .queryParam("scope", scope).get("/api/v1/kpis").then().statusCode(200).extract().jsonPath();
    }

    private static String path(String code) {
        return "indicators.find { it.code == '" + code + "' }.figures[0]";
    }

    private static void figure(JsonPath r, String code, double value, double numerator, double denominator) {
        assertThat(r.getDouble(path(code) + ".value")).as(code).isCloseTo(value, within(0.005));
        assertThat(r.getDouble(path(code) + ".numerator")).as(code + " numerator").isCloseTo(numerator, within(0.0001));
        assertThat(r.getDouble(path(code) + ".denominator")).as(code + " denominator").isCloseTo(denominator, within(0.0001));
    }

    private static Double personValue(JsonPath r, String code, String person) {
        return r.getDouble("indicators.find { it.code == '" + code + "' }.figures.find { it.subject.id == '" + person + "' }.value");
    }

    private static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(zone).toOffsetDateTime();
    }

    private static String ref(String name) {
        return "T" + name + "-" + ids.get("run").toString().substring(0, 4).toUpperCase();
    }

    private static void exec(Connection c, String sql, Object... params) throws SQLException {
        try (var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    private void booking(Connection c, String name, UUID owner, UUID car, String type, UUID bay, OffsetDateTime created,
                         boolean emergency, String eventType, OffsetDateTime eventAt, String actor, String role) throws SQLException {
        ids.putIfAbsent("run", UUID.randomUUID());
        UUID id = UUID.randomUUID();
        ids.put(name, id);
        String status = eventType == null ? "REQUESTED" : eventType;
        // Every booking starts at its own time far ahead of the others: bays and cars are never double booked.
        OffsetDateTime start = created.plusDays(1).plusMinutes(SEQ.incrementAndGet() * 90L);
        exec(c, "insert into appointment (id, reference, customer_id, vehicle_id, service_type, bay_id, starts_at, ends_at, status, "
                + "emergency, channel, fault_description, advisor_id, booked_by, confirm_by, created_at, confirmed_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'APP', 'test', ?, ?, ?, ?, ?)",
                id, ref(name), owner, car, type, bay, start, start.plusMinutes(60), status, emergency,
                "CONFIRMED".equals(eventType) ? UUID.fromString(actor) : null, owner.toString(), created.plusMinutes(15), created,
                "CONFIRMED".equals(eventType) ? eventAt : null);
        exec(c, "insert into appointment_event (appointment_id, at, actor_id, actor_role, type, to_status) values (?, ?, ?, 'CUSTOMER', 'BOOKED', 'REQUESTED')",
                id, created, owner.toString());
        if (eventType != null) {
            exec(c, "insert into appointment_event (appointment_id, at, actor_id, actor_role, type, from_status, to_status) "
                    + "values (?, ?, ?, ?, ?, 'REQUESTED', ?)", id, eventAt, actor, role, eventType, eventType);
        }
    }

    private UUID order(Connection c, String name, UUID owner, UUID car, String advisor, String technician, String status,
                       boolean safety, Integer expected, OffsetDateTime checkedIn, OffsetDateTime approved, OffsetDateTime dispatched,
                       OffsetDateTime started, OffsetDateTime promised, OffsetDateTime ready, OffsetDateTime delivered,
                       OffsetDateTime cancelled) throws SQLException {
        ids.putIfAbsent("run", UUID.randomUUID());
        UUID id = UUID.randomUUID();
        ids.put(name, id);
        exec(c, "insert into repair_order (id, reference, customer_id, vehicle_id, advisor_id, technician_id, status, mileage_km, "
                + "fuel_level, symptoms, fault_reproduced, safety_critical, expected_minutes, promised_at, checked_in_at, approved_at, "
                + "dispatched_at, repair_started_at, ready_at, delivered_at, cancelled_at, created_by) "
                + "values (?, ?, ?, ?, ?, ?, ?, 1000, 'HALF', 'test', 'YES', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, ref(name), owner, car, UUID.fromString(advisor), technician == null ? null : UUID.fromString(technician), status,
                safety, expected, promised, checkedIn, approved, dispatched, started, ready, delivered, cancelled,
                UUID.fromString(advisor));
        return id;
    }

    private record Ev(String type, OffsetDateTime at) {
    }

    private static Ev e(String type, LocalDate day, int hour, int minute) {
        return new Ev(type, at(day, hour, minute));
    }

    private void events(Connection c, UUID order, Ev... events) throws SQLException {
        int seq = 0;
        for (Ev ev : events) {
            exec(c, "insert into repair_event (id, order_id, seq, at, type, staff_only, payload) "
                    + "values (nextval('repair_event_id_seq'), ?, ?, ?, ?, false, '{}')", order, ++seq, ev.at(), ev.type());
        }
    }

    private void delay(Connection c, UUID order, OffsetDateTime previous, OffsetDateTime next, OffsetDateTime declared,
                       String by) throws SQLException {
        exec(c, "insert into repair_delay (id, order_id, reason, detail, previous_promised_at, new_promised_at, compensation, "
                + "declared_at, declared_by) values (?, ?, 'HIDDEN_FAULT', 'test', ?, ?, 'NONE', ?, ?)",
                UUID.randomUUID(), order, previous, next, declared, UUID.fromString(by));
    }

    private UUID item(Connection c, UUID order, int position, String kind, String necessity, String decision, String by)
            throws SQLException {
        UUID id = UUID.randomUUID();
        exec(c, "insert into estimate_item (id, order_id, round, position, kind, description, quantity, unit_price, necessity, "
                + "reason, decision, decided_at, created_at, created_by) values (?, ?, 0, ?, ?, 'test', 1, 100, ?, 'test', ?, "
                + (decision.equals("PENDING") ? "null" : "now()") + ", now(), ?)",
                id, order, position, kind, necessity, decision, UUID.fromString(by));
        return id;
    }

    private void line(Connection c, UUID order, int position, UUID item, String kind, String quantity) throws SQLException {
        exec(c, "insert into settlement_line (id, order_id, position, item_id, kind, description, quantity, unit_price, "
                + "estimated_amount, amount, difference_reason) values (?, ?, ?, ?, ?, 'test', ?::numeric, 100, null, 100, 'test')",
                UUID.randomUUID(), order, position, item, kind, quantity);
    }

    private void rating(Connection c, UUID order, UUID owner, String advisor, String technician, int score, OffsetDateTime at)
            throws SQLException {
        exec(c, "insert into rating (order_id, customer_id, advisor_id, technician_id, overall, attitude, professionalism, speed, "
                + "price_fairness, score, low, created_at, updated_at, editable_until) values (?, ?, ?, ?, 4, 4, 4, 4, 4, ?, false, ?, ?, ?)",
                order, owner, UUID.fromString(advisor), UUID.fromString(technician), score, at, at, at.plusDays(1));
    }

    private void call(Connection c, UUID order, UUID owner, String agent, String status, OffsetDateTime due,
                      OffsetDateTime problemDue, OffsetDateTime problemSolved) throws SQLException {
        exec(c, "insert into follow_up_call (id, order_id, customer_id, assignee_id, status, available_from, due_at, attempts, "
                + "next_attempt_on, problem, problem_owner_id, problem_due_at, problem_resolved_at, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(), order, owner, UUID.fromString(agent), status, due.minusDays(4), due, due.toLocalDate(),
                problemDue == null ? null : "test", problemDue == null ? null : UUID.fromString(agent), problemDue, problemSolved,
                due.minusDays(4));
    }

    private void complaint(Connection c, String name, UUID owner, UUID order, String category, String agent, String status,
                           OffsetDateTime created, OffsetDateTime answered, OffsetDateTime resolved, OffsetDateTime closed,
                           Integer satisfaction) throws SQLException {
        UUID id = UUID.randomUUID();
        ids.put(name, id);
        exec(c, "insert into complaint (id, number, customer_id, order_id, channel, category, priority, suggested_priority, team, "
                + "owner_id, status, content, created_at, created_by, answered_at, resolved_at, closed_at, answer_due_at, resolve_due_at, "
                + "satisfaction) values (?, ?, ?, ?, 'APP', ?, 'MEDIUM', 'MEDIUM', 'CUSTOMER_RELATIONS', ?, ?, 'test', ?, ?, ?, ?, ?, ?, ?, ?)",
                id, ref(name), owner, order, category, UUID.fromString(agent), status, created, owner, answered, resolved, closed,
                created.plusHours(24), created.plusHours(48), satisfaction == null ? null : satisfaction.shortValue());
    }
}

package io.pitstop.kpi;

import io.pitstop.identity.Role;
import io.pitstop.support.Db;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The parts specialist's indicators on a small parts history written by hand (the indicators only read it), on days
 * of October 2001 that no other test uses, compared with the values worked out in the comments. Two parts
 * specialists: S1 buys and issues, S2 counts and buys once.
 * <p>
 * Parts A (agreed 30 at supplier X), B (agreed 200 at X, 190 at Y), C (agreed 20 at Y), D (50 at X, preferred, 40 at Y). The day D0 = 2001-10-16; D0-1 the day before.
 * <pre>
 * PO1 (S1, X) sent D0-3, expected D0-1 12:00: A 10 at 30, B 4 at 210.
 *   receipt D0-1 10:00: A 10 passed; B 4 arrived, 2 passed, 2 rejected.   receipt D0 09:00: B 2 passed. PO1 RECEIVED.
 * PO2 (S1, Y) sent D0-2, expected D0 08:00: C 20 at 22.  receipt D0 07:30: C 20 passed.
 * PO3 (S2, Y) sent D0-1, expected D0 12:00: B 2 at 190; cancelled D0 15:00 with nothing received.
 * PO4 (S2, X) a draft, never sent: A 5 at 30.
 * count K2 by S1 at D0-1 17:00: A 10 = 10; B ledger 2, counted 3 (+1, found).
 * D0: A 4 and C 8 reserved 10:00, issued by S1 10:30 and 11:00; B 1 scrapped by S1 12:00; D 1 returned 13:00 and
 *   scrapped by S1 13:30 (no receipt: valued at the preferred supplier's 50).
 * count K1 by S2 at D0 16:00: A 6 = 6; B 4 = 4; C ledger 12, counted 11 (-1, missing).
 * </pre>
 */
@QuarkusTest
class PartsIndicatorTest {

    static final LocalDate D0 = LocalDate.of(2001, 10, 16);
    private static boolean built;

    @Inject
    TestAccounts accounts;

    static TestAccounts.Login manager;
    static TestAccounts.Login s1;
    static TestAccounts.Login s2;
    static String run;
    static ZoneId zone;

    @BeforeEach
    void buildOnce() throws SQLException {
        if (built) {
            return;
        }
        manager = accounts.staff(Role.MANAGER);
        s1 = accounts.staff(Role.PARTS);
        s2 = accounts.staff(Role.PARTS);
        UUID inspector = UUID.fromString(accounts.staff(Role.INSPECTOR).id());
        zone = ZoneId.of(given().get("/api/v1/shop").then().extract().path("timeZone"));
        run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try (Connection c = Db.connect()) {
            c.setAutoCommit(false);
            build(c, UUID.fromString(s1.id()), UUID.fromString(s2.id()), inspector);
            c.commit();
        }
        built = true;
    }

    private void build(Connection c, UUID s1, UUID s2, UUID inspector) throws SQLException {
        UUID x = supplier(c, "X");
        UUID y = supplier(c, "Y");
        UUID a = part(c, "A");
        UUID b = part(c, "B");
        UUID cc = part(c, "C");
        UUID d = part(c, "D");
        agreed(c, a, x, "30", true);
        agreed(c, b, x, "200", true);
        agreed(c, b, y, "190", false);
        agreed(c, cc, y, "20", true);
        agreed(c, d, x, "50", true);
        agreed(c, d, y, "40", false);

        LocalDate before = D0.minusDays(1);
        UUID po1 = po(c, "1", x, s1, "RECEIVED", at(D0.minusDays(3), 10, 0), at(before, 12, 0), at(D0, 9, 0));
        UUID po1a = poLine(c, po1, 1, a, "10", "30", "10", "0");
        UUID po1b = poLine(c, po1, 2, b, "4", "210", "4", "2");
        UUID r1 = receipt(c, po1, at(before, 10, 0), s1, inspector);
        receiptLine(c, r1, po1a, a, "10", "10", "0");
        receiptLine(c, r1, po1b, b, "4", "2", "2");
        UUID r2 = receipt(c, po1, at(D0, 9, 0), s1, inspector);
        receiptLine(c, r2, po1b, b, "2", "2", "0");

        UUID po2 = po(c, "2", y, s1, "RECEIVED", at(D0.minusDays(2), 10, 0), at(D0, 8, 0), at(D0, 7, 30));
        UUID po2c = poLine(c, po2, 1, cc, "20", "22", "20", "0");
        UUID r3 = receipt(c, po2, at(D0, 7, 30), s1, inspector);
        receiptLine(c, r3, po2c, cc, "20", "20", "0");

        UUID po3 = po(c, "3", y, s2, "CANCELLED", at(before, 9, 0), at(D0, 12, 0), at(D0, 15, 0));
        poLine(c, po3, 1, b, "2", "190", "0", "0");
        UUID po4 = po(c, "4", x, s2, "DRAFT", null, null, null);
        poLine(c, po4, 1, a, "5", "30", "0", "0");

        // The ledger, in time order.
        move(c, a, at(before, 10, 0), "RECEIVED", "10", "0", "30", po1, r1, null, s1, null);
        move(c, b, at(before, 10, 0), "RECEIVED", "2", "0", "210", po1, r1, null, s1, null);
        UUID k2 = count(c, at(before, 17, 0), s1);
        countLine(c, k2, a, "10", "10", null);
        countLine(c, k2, b, "2", "3", "found behind the shelf");
        move(c, b, at(before, 17, 0), "COUNTED", "1", "0", null, null, null, k2, s1, "found behind the shelf");
        move(c, cc, at(D0, 7, 30), "RECEIVED", "20", "0", "22", po2, r3, null, s1, null);
        move(c, b, at(D0, 9, 0), "RECEIVED", "2", "0", "210", po1, r2, null, s1, null);
        UUID order = UUID.randomUUID();
        move(c, a, at(D0, 10, 0), "RESERVED", "0", "4", null, null, null, null, null, null, order);
        move(c, cc, at(D0, 10, 0), "RESERVED", "0", "8", null, null, null, null, null, null, order);
        move(c, a, at(D0, 10, 30), "ISSUED", "-4", "-4", null, null, null, null, s1, null, order);
        move(c, cc, at(D0, 11, 0), "ISSUED", "-8", "-8", null, null, null, null, s1, null, order);
        move(c, b, at(D0, 12, 0), "SCRAPPED", "-1", "0", null, null, null, null, s1, "dropped");
        move(c, d, at(D0, 13, 0), "RETURNED", "1", "0", null, null, null, null, s1, "not used", order);
        move(c, d, at(D0, 13, 30), "SCRAPPED", "-1", "0", null, null, null, null, s1, "damaged box");
        UUID k1 = count(c, at(D0, 16, 0), s2);
        countLine(c, k1, a, "6", "6", null);
        countLine(c, k1, b, "4", "4", null);
        countLine(c, k1, cc, "12", "11", "missing");
        move(c, cc, at(D0, 16, 0), "COUNTED", "-1", "0", null, null, null, k1, s2, "missing");
    }

    // ------------------------------------------------------------------------------------------------ the figures

    @Test
    void stockAccuracyIsTheShareOfCountLinesWithoutADifference() {
        figure(report(D0, D0, "SHOP"), "STOCK_ACCURACY", 66.67, 2, 3);                // K1: A and B matched, C did not
        figure(report(D0.minusDays(1), D0.minusDays(1), "SHOP"), "STOCK_ACCURACY", 50.0, 1, 2); // K2: B was off by +1
        JsonPath byPerson = report(D0.minusDays(1), D0, "PARTS");
        assertThat(personValue(byPerson, "STOCK_ACCURACY", s1.id())).isEqualTo(50.0);
        assertThat(personValue(byPerson, "STOCK_ACCURACY", s2.id())).isEqualTo(66.67);
    }

    @Test
    void supplyOnTimeCountsLinesWhenTheyCloseAgainstTheExpectedTime() {
        // D0: PO1's B completed at 09:00, 21 h after its expected time; PO2's C at 07:30, on time; PO3's B never (cancelled).
        JsonPath r = report(D0, D0, "SHOP");
        figure(r, "SUPPLY_ON_TIME", 33.33, 1, 3);
        // The day before: PO1's A, fully received at 10:00 before noon. PO4 (a draft) never counts.
        figure(report(D0.minusDays(1), D0.minusDays(1), "SHOP"), "SUPPLY_ON_TIME", 100.0, 1, 1);
        JsonPath byPerson = report(D0, D0, "PARTS");
        assertThat(personValue(byPerson, "SUPPLY_ON_TIME", s1.id())).isEqualTo(50.0);
        assertThat(personValue(byPerson, "SUPPLY_ON_TIME", s2.id())).isEqualTo(0.0);
        List<Map<String, Object>> items = items("SUPPLY_ON_TIME", D0);
        // Tracked without a target: nothing is "missed", the detail says what happened.
        assertThat(items).extracting(m -> m.get("reference") + " " + m.get("detail") + " " + m.get("numerator")).containsExactly(
                po("2") + " ON_TIME 1", po("1") + " LATE 0", po("3") + " NOT_RECEIVED 0");
        assertThat(items.get(1).get("measure")).isEqualTo(21.0f);
    }

    @Test
    void purchaseCostIsWhatPassedUnitsCostAgainstTheAgreedPrice() {
        // D0: B 2 x 210 = 420 against 2 x 200 = 400; C 20 x 22 = 440 against 20 x 20 = 400: 860 / 800 = 107.5 %, red.
        JsonPath r = report(D0, D0, "SHOP");
        figure(r, "PURCHASE_COST", 107.5, 860, 800);
        assertThat(r.getString(path("PURCHASE_COST") + ".status")).isEqualTo("RED");
        // The day before: A 10 x 30 at 30 (300 / 300), B's 2 passed of 4 at 210 (420 / 400); the rejected two cost nothing.
        JsonPath before = report(D0.minusDays(1), D0.minusDays(1), "SHOP");
        figure(before, "PURCHASE_COST", 102.86, 720, 700);
        assertThat(before.getString(path("PURCHASE_COST") + ".status")).isEqualTo("AMBER");
        List<Map<String, Object>> items = items("PURCHASE_COST", D0.minusDays(1));
        assertThat(items).extracting(m -> m.get("detail") + " " + m.get("missed")).containsExactlyInAnyOrder(
                partNumber("A") + " false", partNumber("B") + " true");
    }

    @Test
    void lossRateValuesScrapsAndCountShortfallsAtCostAgainstIssues() {
        // Losses on D0: B 1 scrapped at its last received cost 210; C 1 short in the count at 22; D 1 scrapped, never
        // received, at its preferred supplier's 50 (not the cheaper 40): 282. Issued: A 4 x 30 + C 8 x 22 = 296.
        // The count's +1 of B the day before is not a loss.
        JsonPath r = report(D0, D0, "SHOP");
        figure(r, "LOSS_RATE", 95.27, 282, 296);
        assertThat(report(D0.minusDays(1), D0.minusDays(1), "SHOP").getString(path("LOSS_RATE") + ".value")).isNull();
        JsonPath byPerson = report(D0, D0, "PARTS");
        assertThat(personValue(byPerson, "LOSS_RATE", s1.id())).isEqualTo(87.84);  // 260 / 296
        assertThat(byPerson.getString("indicators.find { it.code == 'LOSS_RATE' }.figures.find { it.subject.id == '"
                + s2.id() + "' }.value")).isNull();                                   // a loss of 22, nothing issued
    }

    @Test
    void thePartsIndicatorsAreBrokenDownByPartsSpecialistOnly() {
        JsonPath byAdvisor = report(D0, D0, "ADVISOR");
        assertThat(byAdvisor.getList("indicators.code")).doesNotContain("STOCK_ACCURACY", "LOSS_RATE");
        JsonPath byParts = report(D0, D0, "PARTS");
        assertThat(byParts.getList("indicators.code", String.class))
                .containsExactlyInAnyOrder("STOCK_ACCURACY", "SUPPLY_ON_TIME", "PURCHASE_COST", "LOSS_RATE");
        List<Map<String, Object>> mine = given().auth().oauth2(manager.accessToken())
                .queryParam("from", D0.toString()).queryParam("to", D0.toString())
                .queryParam("scope", "PARTS").queryParam("subject", s2.id())
                .get("/api/v1/kpis/STOCK_ACCURACY/items").then().statusCode(200).extract().jsonPath().getList("");
        assertThat(mine).hasSize(3).allSatisfy(m -> {
            assertThat(m.get("kind")).isEqualTo("PART");
            assertThat(m.get("partsId")).isEqualTo(s2.id());
        });
        given().auth().oauth2(manager.accessToken()).queryParam("scope", "PARTS")
                .get("/api/v1/kpis/SATISFACTION/items").then().statusCode(400);
    }

    @Test
    void thePartsSpecialistsAppraisalWeighsTheirFiguresIntoPoints() {
        // October 2001, S1: accuracy 50 (K2), supply 1 of 2 lines on time on D0 and 1 of 1 the day before: 66.67,
        // purchase cost (300 + 420 + 420 + 440) / (300 + 400 + 400 + 400) = 105.33 % -> 94.67 points, loss 87.84 % ->
        // 0 points. Default weights 25 / 20 / 15 / 10, self and supervisor without a rating:
        // (25 x 50 + 20 x 66.67 + 15 x 94.67 + 10 x 0) / 70 = 57.19.
        JsonPath all = given().auth().oauth2(manager.accessToken()).queryParam("month", "2001-10").get("/api/v1/appraisals")
                .then().statusCode(200).extract().jsonPath();
        String mine = "find { it.staffId == '" + s1.id() + "' }";
        assertThat(all.getString(mine + ".role")).isEqualTo("PARTS");
        assertThat(all.getDouble(mine + ".components.find { it.component == 'PURCHASE_COST' }.value")).isEqualTo(105.33);
        assertThat(all.getDouble(mine + ".components.find { it.component == 'PURCHASE_COST' }.points")).isCloseTo(94.67, within(0.001));
        assertThat(all.getDouble(mine + ".components.find { it.component == 'LOSS_RATE' }.points")).isEqualTo(0.0);
        assertThat(all.getDouble(mine + ".score")).isEqualTo(57.19);
        assertThat(all.getString(mine + ".grade")).isEqualTo("FAIL");
        given().auth().oauth2(manager.accessToken()).get("/api/v1/appraisals/weights").then().statusCode(200)
                .body("find { it.role == 'PARTS' }.weights.STOCK_ACCURACY", org.hamcrest.Matchers.equalTo(25));
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("weights", Map.of("QC_FIRST_PASS", 100)))
                .put("/api/v1/appraisals/weights/PARTS").then().statusCode(400);
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private static JsonPath report(LocalDate from, LocalDate to, String scope) {
        return given().auth().oauth2(manager.accessToken()).queryParam("from", from.toString()).queryParam("to", to.toString())
                .queryParam("scope", scope).get("/api/v1/kpis").then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> items(String code, LocalDate day) {
        List<Map<String, Object>> all = given().auth().oauth2(manager.accessToken())
                .queryParam("from", day.toString()).queryParam("to", day.toString())
                .get("/api/v1/kpis/" + code + "/items").then().statusCode(200).extract().jsonPath().getList("");
        // Only this run's rows (the suite may share its server with other runs).
        return all.stream().filter(m -> String.valueOf(m.get("reference")).contains(run)
                || String.valueOf(m.get("detail")).contains(run)).toList();
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
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(zone).toOffsetDateTime();
    }

    private static String po(String name) {
        return "PO-" + run + "-" + name;
    }

    private static String partNumber(String name) {
        return "KT-" + run + "-" + name;
    }

    private static void exec(Connection c, String sql, Object... params) throws SQLException {
        try (var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    private UUID supplier(Connection c, String name) throws SQLException {
        UUID id = UUID.randomUUID();
        exec(c, "insert into supplier (id, name, name_en, phone, active, created_at) values (?, ?, ?, '021-5555', true, now())",
                id, "供应商" + name + run, "Supplier " + name + run);
        return id;
    }

    private UUID part(Connection c, String name) throws SQLException {
        UUID id = UUID.randomUUID();
        exec(c, "insert into part (id, part_number, name_zh, name_en, brand, origin, unit, list_price, min_stock, active, created_at, "
                + "created_by) values (?, ?, ?, ?, 'Test', 'GENUINE', 'PIECE', 100, 0, true, now(), ?)",
                id, partNumber(name), "配件" + name, "Part " + name, UUID.fromString(manager.id()));
        return id;
    }

    private void agreed(Connection c, UUID part, UUID supplier, String price, boolean preferred) throws SQLException {
        exec(c, "insert into part_supplier (part_id, supplier_id, lead_time_days, purchase_price, preferred) values (?, ?, 3, ?::numeric, ?)",
                part, supplier, price, preferred);
    }

    private UUID po(Connection c, String name, UUID supplier, UUID by, String status, OffsetDateTime sent, OffsetDateTime expected,
                    OffsetDateTime closed) throws SQLException {
        UUID id = UUID.randomUUID();
        OffsetDateTime created = sent == null ? at(D0, 8, 0) : sent.minusHours(1);
        exec(c, "insert into purchase_order (id, number, supplier_id, status, expected_at, created_at, created_by, sent_at, closed_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, po(name), supplier, status, expected, created, by, sent, closed);
        return id;
    }

    private UUID poLine(Connection c, UUID po, int position, UUID part, String quantity, String unitCost, String received,
                        String rejected) throws SQLException {
        UUID id = UUID.randomUUID();
        exec(c, "insert into purchase_order_line (id, purchase_order_id, position, part_id, quantity, unit_cost, received, rejected) "
                + "values (?, ?, ?, ?, ?::numeric, ?::numeric, ?::numeric, ?::numeric)", id, po, position, part, quantity, unitCost,
                received, rejected);
        return id;
    }

    private UUID receipt(Connection c, UUID po, OffsetDateTime at, UUID by, UUID inspector) throws SQLException {
        UUID id = UUID.randomUUID();
        exec(c, "insert into receipt (id, purchase_order_id, received_at, received_by, inspector_id) values (?, ?, ?, ?, ?)",
                id, po, at, by, inspector);
        return id;
    }

    private void receiptLine(Connection c, UUID receipt, UUID poLine, UUID part, String arrived, String passed, String rejected)
            throws SQLException {
        boolean ok = "0".equals(rejected);
        exec(c, "insert into receipt_line (id, receipt_id, po_line_id, part_id, arrived, passed, rejected, reject_reason, spec_ok, "
                        + "model_ok, quantity_ok, genuine_ok, packaging_ok) values (?, ?, ?, ?, ?::numeric, ?::numeric, ?::numeric, ?, ?, true, true, true, true)",
                UUID.randomUUID(), receipt, poLine, part, arrived, passed, rejected, ok ? null : "wrong spec", ok);
    }

    private UUID count(Connection c, OffsetDateTime at, UUID by) throws SQLException {
        UUID id = UUID.randomUUID();
        exec(c, "insert into stock_count (id, counted_at, counted_by) values (?, ?, ?)", id, at, by);
        return id;
    }

    private void countLine(Connection c, UUID count, UUID part, String expected, String counted, String reason) throws SQLException {
        exec(c, "insert into stock_count_line (count_id, part_id, expected, counted, difference, reason) "
                + "values (?, ?, ?::numeric, ?::numeric, ?::numeric - ?::numeric, ?)", count, part, expected, counted, counted, expected, reason);
    }

    private void move(Connection c, UUID part, OffsetDateTime at, String kind, String onHand, String reserved, String unitCost,
                      UUID po, UUID receipt, UUID count, UUID actor, String reason, UUID... order) throws SQLException {
        UUID orderId = order.length == 0 ? null : order[0];
        exec(c, "insert into stock_movement (part_id, at, kind, on_hand_delta, reserved_delta, order_id, line_id, purchase_order_id, "
                        + "receipt_id, count_id, unit_cost, reason, actor_id) values (?, ?, ?, ?::numeric, ?::numeric, ?, ?, ?, ?, ?, ?::numeric, ?, ?)",
                part, at, kind, onHand, reserved, orderId, orderId == null ? null : UUID.randomUUID(), po, receipt, count, unitCost,
                reason, actor);
    }
}

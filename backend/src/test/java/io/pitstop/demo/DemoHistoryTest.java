package io.pitstop.demo;

import io.pitstop.support.TestAccounts;
import io.pitstop.support.DemoProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's own check (seeded by the demo profile, history included): on a first start the manager's desk has
 * real figures for last month, the month before last is a closed appraisal, and the improvement actions are there.
 */
@QuarkusTest
@TestProfile(DemoProfile.class)
class DemoHistoryTest {

    @Test
    void theDemoManagerFindsLastMonthsFiguresAClosedAppraisalAndImprovementActions() {
        String token = TestAccounts.login("13800000001", DemoData.PASSWORD).accessToken();
        ZoneId zone = ZoneId.of(given().get("/api/v1/shop").then().statusCode(200).extract().path("timeZone"));
        YearMonth last = YearMonth.now(zone).minusMonths(1);

        JsonPath report = given().auth().oauth2(token)
                .queryParam("from", last.atDay(1).toString()).queryParam("to", last.atEndOfMonth().toString())
                .get("/api/v1/kpis").then().statusCode(200).extract().jsonPath();
        for (String code : List.of("SATISFACTION", "SERVICE_COMPLETION", "ON_TIME_LAST_PROMISE", "QC_FIRST_PASS",
                "FOLLOW_UP_REACHED", "COMPLAINTS_ANSWERED_IN_TIME", "TECHNICIAN_EFFICIENCY")) {
            Map<String, Object> figure = report.getMap("indicators.find { it.code == '" + code + "' }.figures[0]");
            assertThat(figure).as(code).isNotNull();
            assertThat(figure.get("value")).as("%s of %s", code, last).isNotNull();
            assertThat(((Number) figure.get("items")).intValue()).as(code).isGreaterThan(5);
        }
        assertThat(report.getFloat("indicators.find { it.code == 'SATISFACTION' }.target")).isEqualTo(85f);

        List<Map<String, Object>> appraisals = given().auth().oauth2(token).queryParam("month", last.minusMonths(1).toString())
                .get("/api/v1/appraisals").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(appraisals).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(a -> assertThat(a.get("closed")).isEqualTo(true))
                .anySatisfy(a -> assertThat(a.get("grade")).isNotNull());

        List<Map<String, Object>> actions = given().auth().oauth2(token).get("/api/v1/improvements")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(actions).anySatisfy(a -> {
            assertThat(a.get("indicator")).isEqualTo("QC_FIRST_PASS");
            assertThat(a.get("status")).isEqualTo("DONE");
            assertThat(a.get("before")).isNotNull();
        });
    }

    @Test
    void everyStepOfTheDemosDayAndVisitsLiesInsideOpeningHoursWhateverTheTimeOfTheFirstStart() {
        // The demo's own orders (today's and the rated visits), its week of bookings and its four months of history
        // (demo/history.sql: RO-H and BK-H with five digits), as the desk would have made them. Named exactly: a journey's
        // order whose random reference began with H (RO-HH26FW, checked in at 08:11) once passed for the history.
        List<Map<String, Object>> moments = io.pitstop.support.Db.query("""
                select o.reference || ' ' || e.type as what, e.at as at from repair_event e join repair_order o on o.id = e.order_id
                where o.reference like 'RO-DEMO%' or o.reference like 'RO-HIST%'
                union all
                select reference || ' checked in', checked_in_at from repair_order where reference like 'RO-DEMO%' or reference like 'RO-HIST%'
                union all
                select reference || ' promised', promised_at from repair_order
                where (reference like 'RO-DEMO%' or reference like 'RO-HIST%') and promised_at is not null
                union all
                select a.reference || ' ' || ev.type, ev.at from appointment_event ev join appointment a on a.id = ev.appointment_id
                where a.reference ~ '^BK-D[0-9]{5}$' and ev.type in ('CONFIRMED', 'CHECKED_IN', 'NO_SHOW')
                union all
                select reference || ' starts', starts_at from appointment where reference ~ '^BK-D[0-9]{5}$'
                union all
                select o.reference || ' ' || e.type, e.at from repair_event e join repair_order o on o.id = e.order_id
                where o.reference ~ '^RO-H[0-9]{5}$' and e.at is not null
                union all
                select reference || ' promised', promised_at from repair_order where reference ~ '^RO-H[0-9]{5}$' and promised_at is not null
                union all
                select a.reference || ' ' || ev.type, ev.at from appointment_event ev join appointment a on a.id = ev.appointment_id
                where a.reference ~ '^BK-H[0-9]{5}$' and ev.type in ('CONFIRMED', 'CHECKED_IN')
                """);
        assertThat(moments).hasSizeGreaterThan(10_000);
        assertThat(moments).allSatisfy(m -> {
            Object value = m.get("at");
            java.time.Instant at = value instanceof java.sql.Timestamp ts ? ts.toInstant() : ((java.time.OffsetDateTime) value).toInstant();
            assertThat(DemoData.WORK.isOpen(at) || DemoData.WORK.lastOpenAtOrBefore(at).equals(at))
                    .as("%s at %s", m.get("what"), at.atZone(ZoneId.of("Asia/Shanghai"))).isTrue();
        });
    }
}

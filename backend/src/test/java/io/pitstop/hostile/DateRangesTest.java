package io.pitstop.hostile;

import io.pitstop.identity.Role;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every query that takes a period refuses one that is malformed, reversed or longer than it serves, with a 400 problem
 * naming the parameter at fault: availability (14 days), bookings (731), ratings, complaint figures and their CSV
 * (400, as the indicators).
 */
@QuarkusTest
class DateRangesTest {

    /** Tomorrow: availability is offered from today to the horizon. */
    private static final LocalDate DAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1);

    @Inject
    TestAccounts accounts;

    @Inject
    BookingFixtures bookings;

    record Range(String path, int maxDays, boolean staff) {
    }

    @Test
    void tooLongReversedAndMalformedPeriodsAre400sNamingTheParameter() {
        String type = bookings.serviceType("GENERAL_SERVICE", 30);
        String manager = bookings.manager().accessToken();
        String service = accounts.staff(Role.CUSTOMER_SERVICE).accessToken();
        List<Range> ranges = List.of(new Range("/api/v1/availability?serviceType=" + type + "&", 14, false),
                new Range("/api/v1/appointments?", 731, true), new Range("/api/v1/ratings?", 400, true),
                new Range("/api/v1/ratings/summary?", 400, true), new Range("/api/v1/complaints/stats?", 400, true),
                new Range("/api/v1/complaints/export?", 400, true), new Range("/api/v1/kpis?", 400, true),
                new Range("/api/v1/kpis/SATISFACTION/items?", 400, true));
        for (Range r : ranges) {
            String token = r.path().startsWith("/api/v1/complaints") ? service : manager;
            // The longest period served is fine; one day more is not.
            ok(token, r, DAY, DAY.plusDays(r.maxDays() - 1));
            refused(token, r, "from=" + DAY + "&to=" + DAY.plusDays(r.maxDays()), "to");
            refused(token, r, "from=" + DAY + "&to=" + DAY.minusDays(1), "to");
            refused(token, r, "from=2026-02-30&to=" + DAY, "from");
            refused(token, r, "from=" + DAY + "&to=yesterday", "to");
            refused(token, r, "from=" + DAY + "&to=%2B999999999-12-31", "to");
        }
    }

    private static void ok(String token, Range r, LocalDate from, LocalDate to) {
        var req = r.staff() ? given().auth().oauth2(token) : given();
        req.get(r.path() + "from=" + from + "&to=" + to).then().statusCode(200);
    }

    private static void refused(String token, Range r, String query, String field) {
        var req = r.staff() ? given().auth().oauth2(token) : given();
        req.get(r.path() + query).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }
}

package io.pitstop.parts;

import io.pitstop.support.PartsFixtures;
import io.pitstop.identity.Role;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.Db;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The parts specialist's role and counter: what to hand out first, finding parts, giving back what waits. */
@QuarkusTest
class PartsDeskTest {

    @Inject
    PartsFixtures fx;

    @Inject
    BookingFixtures bookings;

    @Inject
    TestAccounts accounts;

    @Inject
    PartsForOrders orders;

    @Inject
    Clock clock;

    @Test
    void aManagerAppointsAPartsSpecialistWhoSignsInToTheDesk() {
        String phone = TestAccounts.newPhone();
        given().auth().oauth2(bookings.manager().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "name", "钱配件", "role", "PARTS", "password", "Welcome2026"))
                .post("/api/v1/staff").then().statusCode(201).body("role", equalTo("PARTS"));
        var login = TestAccounts.login(phone, "Welcome2026");
        given().auth().oauth2(login.accessToken()).get("/api/v1/me").then().statusCode(200).body("role", equalTo("PARTS"));
        given().auth().oauth2(login.accessToken()).get("/api/v1/parts/to-issue").then().statusCode(200);
        given().auth().oauth2(login.accessToken()).get("/api/v1/notifications").then().statusCode(200);
        given().auth().oauth2(login.accessToken()).get("/api/v1/repair-orders").then().statusCode(403);
    }

    @Test
    void theLinesATechnicianAskedForComeFirstOnTheIssueList() {
        String part = fx.partInStock(fx.supplier(), 2);
        UUID first = UUID.randomUUID();
        UUID firstLine = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID secondLine = UUID.randomUUID();
        fx.reserve(first, firstLine, part, 1, clock.instant().minusSeconds(60));
        fx.reserve(second, secondLine, part, 1, clock.instant().minusSeconds(30));
        fx.inTransaction(() -> orders.askToIssue(second, null, clock.instant()).replaceWith(true));
        List<String> lines = given().auth().oauth2(fx.parts().accessToken()).get("/api/v1/parts/to-issue")
                .then().statusCode(200).extract().jsonPath().getList("lineId", String.class);
        assertThat(lines).containsSubsequence(secondLine.toString(), firstLine.toString());
        assertThat(fx.ofOrder(second).get(0).askedAt()).isNotNull();

        given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON).body(Map.of("lineId", secondLine))
                .post("/api/v1/parts/issues").then().statusCode(200).body("state", equalTo("ISSUED"));
        given().auth().oauth2(fx.parts().accessToken()).get("/api/v1/parts/to-issue").then()
                .body("lineId", not(hasItem(secondLine.toString())));
    }

    @Test
    void aCancelledOrderGivesBackWhatWasHeldAndNoLongerWaits() {
        String part = fx.partInStock(fx.supplier(), 1);
        UUID order = UUID.randomUUID();
        UUID held = UUID.randomUUID();
        UUID awaited = UUID.randomUUID();
        fx.reserve(order, held, part, 1);
        fx.reserve(order, awaited, part, 1);
        fx.assertStock(part, "1", "1");
        fx.inTransaction(() -> orders.releaseOrder(order, null, clock.instant()).replaceWith(true));
        assertThat(fx.ofOrder(order)).extracting(LineSupply::state).containsOnly(SupplyState.RELEASED);
        fx.assertStock(part, "1", "0");
        assertThat(Db.query("select kind from stock_movement where order_id = ? order by id", order))
                .extracting(r -> r.get("kind")).containsExactly("RESERVED", "RELEASED");
        // approved again later: it asks anew, at the back of the queue
        assertThat(fx.reserve(order, held, part, 1).get(0).state()).isEqualTo(SupplyState.RESERVED);
    }

    @Test
    void theCatalogueIsFoundByNumberNameOrBrandAndSaysWhatIsBelowMinimum() {
        String supplier = fx.supplier();
        String number = PartsFixtures.number();
        String id = given().auth().oauth2(fx.parts().accessToken()).contentType(ContentType.JSON)
                .body(PartsFixtures.partBody(number, "1", List.of(PartsFixtures.approval(supplier, 2, "88.00", true))))
                .post("/api/v1/parts").then().statusCode(201)
                .body("stock.onHand", equalTo(0.0f)).body("belowMinimum", equalTo(true))
                .body("suppliers[0].leadTimeDays", equalTo(2))
                .extract().path("id");
        var advisor = accounts.staff(Role.ADVISOR);
        given().auth().oauth2(advisor.accessToken()).get("/api/v1/parts?q=" + number.toLowerCase()).then().statusCode(200)
                .body("id", equalTo(List.of(id)));
        given().auth().oauth2(advisor.accessToken()).get("/api/v1/parts?q=" + number + "&belowMinimum=false").then()
                .body("id", equalTo(List.of()));
        given().auth().oauth2(advisor.accessToken()).contentType(ContentType.JSON)
                .body(PartsFixtures.partBody(PartsFixtures.number(), "0", List.of())).post("/api/v1/parts").then().statusCode(403);
        given().auth().oauth2(advisor.accessToken()).get("/api/v1/parts?q=%25").then().statusCode(200);
    }
}

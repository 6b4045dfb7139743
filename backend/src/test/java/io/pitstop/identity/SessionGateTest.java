package io.pitstop.identity;

import io.pitstop.identity.service.TokenIssuer;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.Db;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A valid signature is not enough: deactivation and role changes take effect on the next request, on every instance,
 * and a token naming nobody is refused (issue 9, point 3).
 */
@QuarkusTest
class SessionGateTest {

    @Inject
    TestAccounts accounts;

    @Inject
    BookingFixtures bookings;

    @Inject
    TokenIssuer issuer;

    @Test
    void aDeactivatedAdvisorsStillValidTokenIsRefusedAtOnce() {
        var manager = accounts.staff(Role.MANAGER);
        var advisor = accounts.staff(Role.ADVISOR);
        var customer = bookings.customerWithVehicle();
        String type = bookings.serviceType("GENERAL_SERVICE", 60);
        var day = BookingFixtures.bookableDay(type);
        String start = BookingFixtures.availability(type, day, day).getString("slots[0].start");
        String booking = given().auth().oauth2(customer.login().accessToken()).contentType(ContentType.JSON)
                .body(BookingFixtures.booking(customer, type, start)).post("/api/v1/appointments")
                .then().statusCode(201).extract().path("id");
        // The advisor works: the state of their account is now cached.
        given().auth().oauth2(advisor.accessToken()).queryParam("phone", customer.login().phone()).get("/api/v1/customers")
                .then().statusCode(200);

        given().auth().oauth2(manager.accessToken()).post("/api/v1/staff/" + advisor.id() + "/deactivate").then().statusCode(200);

        given().auth().oauth2(advisor.accessToken()).queryParam("phone", customer.login().phone()).get("/api/v1/customers")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("no longer active"));
        given().auth().oauth2(advisor.accessToken()).post("/api/v1/appointments/" + booking + "/confirm").then().statusCode(401);
        given().auth().oauth2(manager.accessToken()).get("/api/v1/appointments/" + booking).then().body("status", equalTo("REQUESTED"));
    }

    @Test
    void aNewRoleTakesEffectAtOnceAndTheNextRefreshCarriesIt() {
        var manager = accounts.staff(Role.MANAGER);
        var advisor = accounts.staff(Role.ADVISOR);
        given().auth().oauth2(advisor.accessToken()).get("/api/v1/board/technicians").then().statusCode(200);

        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON).body(Map.of("role", "TECHNICIAN"))
                .put("/api/v1/staff/" + advisor.id() + "/role").then().statusCode(200).body("role", equalTo("TECHNICIAN"));

        given().auth().oauth2(advisor.accessToken()).get("/api/v1/board/technicians").then().statusCode(401)
                .body("detail", containsString("role"));
        String renewed = given().contentType(ContentType.JSON).body(Map.of("refreshToken", advisor.refreshToken()))
                .post("/api/v1/auth/refresh").then().statusCode(200).body("user.role", equalTo("TECHNICIAN"))
                .extract().path("accessToken");
        given().auth().oauth2(renewed).get("/api/v1/me").then().statusCode(200).body("role", equalTo("TECHNICIAN"));
        given().auth().oauth2(renewed).get("/api/v1/board/technicians").then().statusCode(403);
    }

    @Test
    void aReactivatedMemberOfStaffLogsInAgain() {
        var manager = accounts.staff(Role.MANAGER);
        var inspector = accounts.staff(Role.INSPECTOR);
        given().auth().oauth2(manager.accessToken()).post("/api/v1/staff/" + inspector.id() + "/deactivate").then().statusCode(200);
        given().auth().oauth2(manager.accessToken()).post("/api/v1/staff/" + inspector.id() + "/reactivate").then().statusCode(200)
                .body("active", equalTo(true));
        given().auth().oauth2(inspector.accessToken()).get("/api/v1/me").then().statusCode(401);
        var again = TestAccounts.login(inspector.phone(), TestAccounts.PASSWORD);
        given().auth().oauth2(again.accessToken()).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void aWellSignedTokenForNoKnownAccountIsRefused() {
        String forged = issuer.forAccount(UUID.randomUUID(), "13700000000", "Nobody", Role.MANAGER, 0, UUID.randomUUID()).token();
        given().auth().oauth2(forged).get("/api/v1/staff").then().statusCode(401)
                .body("detail", containsString("no account"));
        String partner = issuer.forPartner("pc_not_registered", "Ghost", Set.of("bookings:read")).token();
        given().auth().oauth2(partner).get("/api/v1/appointments").then().statusCode(401);
    }

    @Test
    void aRevokedPartnersTokenIsRefusedAtOnce() {
        var manager = accounts.staff(Role.MANAGER);
        var created = given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "车友宝", "scopes", java.util.List.of("bookings:read")))
                .post("/api/v1/partner-clients").then().statusCode(201).extract().jsonPath();
        String token = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", created.getString("clientId"))
                .formParam("client_secret", created.getString("clientSecret"))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(token).get("/api/v1/appointments").then().statusCode(200);
        given().auth().oauth2(manager.accessToken()).post("/api/v1/partner-clients/" + created.getString("clientId") + "/revoke")
                .then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/appointments").then().statusCode(401);
    }

    /**
     * Another instance deactivates the account: the change reaches this one through NOTIFY, which makes it forget
     * the state it had cached.
     */
    @Test
    void aDeactivationOnAnotherInstanceReachesThisOneThroughNotify() throws Exception {
        var technician = accounts.staff(Role.TECHNICIAN);
        given().auth().oauth2(technician.accessToken()).get("/api/v1/me").then().statusCode(200);

        // What another instance's StaffService commits: the row, and the notice, in one transaction.
        try (var c = Db.connect()) {
            c.setAutoCommit(false);
            try (var ps = c.prepareStatement("update account set active = false where id = ?")) {
                ps.setObject(1, UUID.fromString(technician.id()));
                ps.executeUpdate();
            }
            try (var ps = c.prepareStatement("select pg_notify('pitstop_live', ?)")) {
                ps.setString(1, "account|" + technician.id());
                ps.execute();
            }
            c.commit();
        }
        // The notice travels asynchronously; it arrives within moments (the cache alone would hold for 30 s).
        int status = 0;
        for (int i = 0; i < 50 && status != 401; i++) {
            status = given().auth().oauth2(technician.accessToken()).get("/api/v1/me").then().extract().statusCode();
            if (status != 401) {
                Thread.sleep(100);
            }
        }
        assertThat(status).isEqualTo(401);
    }
}

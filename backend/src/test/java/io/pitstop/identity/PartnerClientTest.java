package io.pitstop.identity;

import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class PartnerClientTest {

    @Inject
    TestAccounts accounts;

    record Client(String id, String secret) {
    }

    private Client register(List<String> scopes) {
        var manager = accounts.staff(Role.MANAGER);
        var body = given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "CarPal", "scopes", scopes))
                .post("/api/v1/partner-clients")
                .then().statusCode(201).body("clientId", startsWith("pc_")).extract().jsonPath();
        return new Client(body.getString("clientId"), body.getString("clientSecret"));
    }

    @Test
    void clientCredentialsGrantIssuesAPartnerTokenWithTheGrantedScopes() {
        Client client = register(List.of("bookings:read", "bookings:write"));
        String token = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", client.id())
                .formParam("client_secret", client.secret())
                .post("/api/v1/auth/token")
                .then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900))
                .body("scope", equalTo("bookings:read bookings:write"))
                .extract().path("access_token");

        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("role", equalTo("PARTNER"))
                .body("id", equalTo(client.id()))
                .body("scopes", containsInAnyOrder("bookings:read", "bookings:write"));
    }

    @Test
    void httpBasicClientAuthenticationWorksAndScopesCanBeNarrowed() {
        Client client = register(List.of("bookings:read", "bookings:write"));
        given().auth().preemptive().basic(client.id(), client.secret()).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("scope", "bookings:read")
                .post("/api/v1/auth/token")
                .then().statusCode(200).body("scope", equalTo("bookings:read"));
    }

    @Test
    void askingForAScopeNotGrantedIsInvalidScope() {
        Client client = register(List.of("bookings:read"));
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", client.id())
                .formParam("client_secret", client.secret())
                .formParam("scope", "bookings:write")
                .post("/api/v1/auth/token")
                .then().statusCode(400).contentType("application/problem+json").body("error", equalTo("invalid_scope"));
    }

    @Test
    void wrongSecretIsInvalidClient() {
        Client client = register(List.of("bookings:read"));
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", client.id())
                .formParam("client_secret", "guess")
                .post("/api/v1/auth/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void otherGrantTypesAreUnsupported() {
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .post("/api/v1/auth/token")
                .then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
    }

    @Test
    void revokedClientGetsNoNewToken() {
        var manager = accounts.staff(Role.MANAGER);
        Client client = register(List.of("bookings:read"));
        given().auth().oauth2(manager.accessToken()).post("/api/v1/partner-clients/" + client.id() + "/revoke")
                .then().statusCode(200).body("active", equalTo(false));
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", client.id())
                .formParam("client_secret", client.secret())
                .post("/api/v1/auth/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void unknownScopeCannotBeGranted() {
        var manager = accounts.staff(Role.MANAGER);
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "CarPal", "scopes", List.of("everything")))
                .post("/api/v1/partner-clients")
                .then().statusCode(400).body("errors[0].field", equalTo("scopes"));
    }

    @Test
    void partnerCannotManageStaff() {
        Client client = register(List.of("bookings:read", "bookings:write", "repairs:read"));
        given().auth().oauth2(token(client, null)).get("/api/v1/staff").then().statusCode(403);
    }

    @Inject
    io.pitstop.support.RepairFixtures repairs;

    @Test
    void aPartnerReadsRepairsOnlyWithTheScopeAndOnlyThoseOfItsOwnBookings() {
        String order = repairs.checkIn(repairs.customer());
        Client reader = register(List.of("bookings:read", "repairs:read"));
        String token = token(reader, null);
        given().auth().oauth2(token).get("/api/v1/repair-orders").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(order)));
        given().auth().oauth2(token).get("/api/v1/repair-orders/" + order).then().statusCode(404);
        given().auth().oauth2(token(reader, "bookings:read")).get("/api/v1/repair-orders").then().statusCode(403);
        given().auth().oauth2(token).get("/api/v1/repair-orders/" + order + "/timeline").then().statusCode(404);
    }

    private static String token(Client client, String scope) {
        var request = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", client.id())
                .formParam("client_secret", client.secret());
        if (scope != null) {
            request.formParam("scope", scope);
        }
        return request.post("/api/v1/auth/token").then().statusCode(200).extract().path("access_token");
    }
}

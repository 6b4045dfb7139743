package io.pitstop.hostile;

import io.pitstop.identity.PartnerScopes;
import io.pitstop.identity.Role;
import io.pitstop.support.TestAccounts;
import io.restassured.http.ContentType;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Everyone who can knock on the API: nobody, a car owner, each role of staff, and partner applications holding one
 * scope each. Each is made for the test through the API (staff are put in the database: somebody must be first).
 */
public final class Callers {

    /** The columns of the authorization matrix, with their short names. */
    public enum Who {
        ANONYMOUS("anon", null), CUSTOMER("cust", null), ADVISOR("adv", Role.ADVISOR), TEAM_LEAD("lead", Role.TEAM_LEAD),
        TECHNICIAN("tech", Role.TECHNICIAN), INSPECTOR("insp", Role.INSPECTOR), CUSTOMER_SERVICE("cs", Role.CUSTOMER_SERVICE),
        MANAGER("mgr", Role.MANAGER), PARTS("parts", Role.PARTS), PARTNER_BOOKINGS_READ("p:br", null), PARTNER_BOOKINGS_WRITE("p:bw", null),
        PARTNER_REPAIRS_READ("p:rr", null);

        public final String column;
        final Role staffRole;

        Who(String column, Role staffRole) {
            this.column = column;
            this.staffRole = staffRole;
        }

        public static Who ofColumn(String column) {
            for (Who w : values()) {
                if (w.column.equals(column)) {
                    return w;
                }
            }
            throw new IllegalArgumentException("No caller column " + column);
        }
    }

    private Callers() {
    }

    /** A token for each caller (none for the anonymous one); the manager is given, as the shop's fixtures made them. */
    public static Map<Who, String> tokens(TestAccounts accounts, TestAccounts.Login manager) {
        Map<Who, String> tokens = new EnumMap<>(Who.class);
        tokens.put(Who.CUSTOMER, TestAccounts.customer().accessToken());
        for (Who w : Who.values()) {
            if (w.staffRole != null && w != Who.MANAGER) {
                tokens.put(w, accounts.staff(w.staffRole).accessToken());
            }
        }
        tokens.put(Who.MANAGER, manager.accessToken());
        tokens.put(Who.PARTNER_BOOKINGS_READ, partner(manager, PartnerScopes.BOOKINGS_READ));
        tokens.put(Who.PARTNER_BOOKINGS_WRITE, partner(manager, PartnerScopes.BOOKINGS_WRITE));
        tokens.put(Who.PARTNER_REPAIRS_READ, partner(manager, PartnerScopes.REPAIRS_READ));
        return tokens;
    }

    /** A partner application registered by the manager with these scopes, and its client-credentials token. */
    public static String partner(TestAccounts.Login manager, String... scopes) {
        var created = given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "Hostile partner " + String.join("+", scopes), "scopes", List.of(scopes)))
                .post("/api/v1/partner-clients").then().statusCode(201).extract().jsonPath();
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", created.getString("clientId"))
                .formParam("client_secret", created.getString("clientSecret"))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("access_token");
    }
}

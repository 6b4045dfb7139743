package io.pitstop.common;

import io.pitstop.identity.Role;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** What a browser and a stranger see of Pitstop besides its data (issue 9, point 6). */
@QuarkusTest
class ExposureTest {

    @Inject
    TestAccounts accounts;

    @Test
    void theAppAndTheApiCarryAContentSecurityPolicyAndRefuseFraming() {
        for (String path : new String[]{"/", "/login", "/api/v1/shop"}) {
            given().get(path).then().statusCode(200)
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-eval")))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("X-Content-Type-Options", equalTo("nosniff"));
        }
    }

    @Test
    void hstsOnlyWhenTheRequestCameOverTls() {
        given().get("/api/v1/shop").then().header("Strict-Transport-Security", nullValue());
        given().header("X-Forwarded-Proto", "https").get("/api/v1/shop").then()
                .header("Strict-Transport-Security", containsString("max-age=31536000"));
    }

    @Test
    void aPlateAlreadyOnFileForAnotherCustomerIsFlaggedToStaffNotSilentlyDuplicated() {
        var advisor = accounts.staff(Role.ADVISOR);
        var first = TestAccounts.customer();
        var second = TestAccounts.customer();
        String plate = BookingFixtures.plate();
        Map<String, Object> car = BookingFixtures.vehicleBody(plate);
        given().auth().oauth2(first.accessToken()).contentType(ContentType.JSON).body(car)
                .post("/api/v1/me/vehicles").then().statusCode(201);
        // The second customer claims the same car (another plate spelling is not needed: the VIN alone would do).
        given().auth().oauth2(second.accessToken()).contentType(ContentType.JSON).body(car)
                .post("/api/v1/me/vehicles").then().statusCode(201)
                .body("claimedElsewhere", nullValue()); // the claimant learns nothing about the other customer

        given().auth().oauth2(advisor.accessToken()).queryParam("phone", second.phone()).get("/api/v1/customers")
                .then().statusCode(200).body("vehicles[0].claimedElsewhere", equalTo(true));
        given().auth().oauth2(advisor.accessToken()).queryParam("phone", first.phone()).get("/api/v1/customers")
                .then().statusCode(200).body("vehicles[0].claimedElsewhere", equalTo(false));
        given().auth().oauth2(advisor.accessToken()).get("/api/v1/notifications").then().statusCode(200)
                .body("kind", hasItem("VEHICLE_CLAIMED_ELSEWHERE"))
                .body("find { it.kind == 'VEHICLE_CLAIMED_ELSEWHERE' }.params.plate", equalTo(plate))
                .body("find { it.kind == 'VEHICLE_CLAIMED_ELSEWHERE' }.params.otherCustomerPhone", equalTo(first.phone()));
    }
}

package io.pitstop.identity;

import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class StaffManagementTest {

    @Inject
    TestAccounts accounts;

    @Test
    void managerCreatesAnAdvisorWhoCanLogIn() {
        var manager = accounts.staff(Role.MANAGER);
        String phone = TestAccounts.newPhone();
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "name", "王芳", "role", "ADVISOR", "password", "Welcome2026"))
                .post("/api/v1/staff")
                .then().statusCode(201).body("role", equalTo("ADVISOR")).body("active", equalTo(true));

        var advisor = TestAccounts.login(phone, "Welcome2026");
        given().auth().oauth2(advisor.accessToken()).get("/api/v1/me").then().statusCode(200).body("role", equalTo("ADVISOR"));
        given().auth().oauth2(manager.accessToken()).get("/api/v1/staff").then().statusCode(200).body("phone", hasItem(phone));
    }

    @Test
    void staffCannotBeCreatedWithTheCustomerRole() {
        var manager = accounts.staff(Role.MANAGER);
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("phone", TestAccounts.newPhone(), "name", "X", "role", "CUSTOMER", "password", "Welcome2026"))
                .post("/api/v1/staff")
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
    }

    @Test
    void anAdvisorCannotCreateStaff() {
        var advisor = accounts.staff(Role.ADVISOR);
        given().auth().oauth2(advisor.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("phone", TestAccounts.newPhone(), "name", "X", "role", "ADVISOR", "password", "Welcome2026"))
                .post("/api/v1/staff")
                .then().statusCode(403);
    }

    @Test
    void deactivatedStaffCanNeitherLogInNorRefresh() {
        var manager = accounts.staff(Role.MANAGER);
        var technician = accounts.staff(Role.TECHNICIAN);
        given().auth().oauth2(manager.accessToken()).post("/api/v1/staff/" + technician.id() + "/deactivate")
                .then().statusCode(200).body("active", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("phone", technician.phone(), "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", technician.refreshToken()))
                .post("/api/v1/auth/refresh").then().statusCode(401);
    }

    @Test
    void deactivatingAnUnknownIdIsNotFound() {
        var manager = accounts.staff(Role.MANAGER);
        given().auth().oauth2(manager.accessToken()).post("/api/v1/staff/" + java.util.UUID.randomUUID() + "/deactivate")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aCustomerIdIsNotAStaffId() {
        var manager = accounts.staff(Role.MANAGER);
        var customer = TestAccounts.customer();
        given().auth().oauth2(manager.accessToken()).post("/api/v1/staff/" + customer.id() + "/deactivate")
                .then().statusCode(404);
    }
}

package io.pitstop.booking;

import io.pitstop.support.BookingFixtures;
import io.pitstop.support.RepairFixtures;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** What moves the car (petrol, diesel, hybrid, EV): kept with the vehicle, so that reception reads the right gauge. */
@QuarkusTest
class VehicleEnergyTypeTest {

    @Inject
    RepairFixtures repairs;

    private static Map<String, Object> vehicle(String energyType) {
        Map<String, Object> body = new HashMap<>(BookingFixtures.vehicleBody(BookingFixtures.plate()));
        if (energyType != null) {
            body.put("energyType", energyType);
        }
        return body;
    }

    private static String add(TestAccounts.Login login, Map<String, Object> body) {
        return given().auth().oauth2(login.accessToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/me/vehicles").then().statusCode(201).extract().path("id");
    }

    @Test
    void aNewVehicleRunsOnPetrolUnlessToldAndKeepsItsTypeThroughAnUpdateWithoutIt() {
        TestAccounts.Login owner = TestAccounts.customer();
        String petrol = add(owner, vehicle(null));
        Map<String, Object> ev = vehicle("EV");
        String electric = add(owner, ev);

        given().auth().oauth2(owner.accessToken()).get("/api/v1/me/vehicles").then().statusCode(200)
                .body("find { it.id == '" + petrol + "' }.energyType", equalTo("PETROL"))
                .body("find { it.id == '" + electric + "' }.energyType", equalTo("EV"));

        Map<String, Object> withoutType = new HashMap<>(ev);
        withoutType.remove("energyType");
        withoutType.put("mileageKm", 43000);
        given().auth().oauth2(owner.accessToken()).contentType(ContentType.JSON).body(withoutType)
                .put("/api/v1/me/vehicles/" + electric).then().statusCode(200)
                .body("energyType", equalTo("EV")).body("mileageKm", equalTo(43000));
        withoutType.put("energyType", "HYBRID");
        given().auth().oauth2(owner.accessToken()).contentType(ContentType.JSON).body(withoutType)
                .put("/api/v1/me/vehicles/" + electric).then().statusCode(200).body("energyType", equalTo("HYBRID"));
    }

    @Test
    void anUnknownEnergyTypeIsRefusedNamingTheFieldAndNothingIsStored() {
        TestAccounts.Login owner = TestAccounts.customer();
        given().auth().oauth2(owner.accessToken()).contentType(ContentType.JSON).body(vehicle("NUCLEAR"))
                .post("/api/v1/me/vehicles").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("energyType"));
        given().auth().oauth2(owner.accessToken()).get("/api/v1/me/vehicles").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void anotherCustomerCannotChangeTheTypeOfACarNotTheirs() {
        TestAccounts.Login owner = TestAccounts.customer();
        String car = add(owner, vehicle("DIESEL"));
        given().auth().oauth2(TestAccounts.customer().accessToken()).contentType(ContentType.JSON).body(vehicle("EV"))
                .put("/api/v1/me/vehicles/" + car).then().statusCode(404);
        given().auth().oauth2(owner.accessToken()).get("/api/v1/me/vehicles").then().statusCode(200)
                .body("[0].energyType", equalTo("DIESEL"));
    }

    @Test
    void theRepairOrderCarriesTheEnergyTypeSoReceptionReadsTheBattery() {
        BookingFixtures.Customer c = repairs.customer();
        Map<String, Object> ev = new HashMap<>(BookingFixtures.vehicleBody(c.plate()));
        List<Map<String, Object>> cars = given().auth().oauth2(c.login().accessToken()).get("/api/v1/me/vehicles").then().statusCode(200)
                .extract().jsonPath().getList("$");
        Map<String, Object> mine = cars.stream().filter(v -> c.vehicleId().equals(v.get("id"))).findFirst().orElseThrow();
        mine.forEach((k, v) -> {
            if (ev.containsKey(k)) {
                ev.put(k, v);
            }
        });
        ev.put("energyType", "EV");
        given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON).body(ev)
                .put("/api/v1/me/vehicles/" + c.vehicleId()).then().statusCode(200);
        String order = repairs.checkIn(c);
        given().auth().oauth2(c.login().accessToken()).get("/api/v1/repair-orders/" + order).then().statusCode(200)
                .body("vehicle.energyType", equalTo("EV"));
    }
}

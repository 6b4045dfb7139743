package io.pitstop.support;

import io.pitstop.identity.Role;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Service types, bays, customers with vehicles and free slots, made through the API for each test. */
@ApplicationScoped
public class BookingFixtures {

    private static final String PLATE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    private static final String VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

    private final TestAccounts accounts;
    private TestAccounts.Login manager;

    public BookingFixtures(TestAccounts accounts) {
        this.accounts = accounts;
    }

    public record Customer(TestAccounts.Login login, String vehicleId, String plate) {
    }

    public synchronized TestAccounts.Login manager() {
        if (manager == null) {
            manager = accounts.staff(Role.MANAGER);
            TestShop.open(manager);
        }
        return manager;
    }

    /** A service type of its own, with one more bay of its skill, so the skill surely has bays. */
    public String serviceType(String skill, int minutes) {
        String code = "T_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        given().auth().oauth2(manager().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("nameZh", "测试服务", "nameEn", "Test service", "durationMinutes", minutes, "skill", skill))
                .put("/api/v1/shop/service-types/" + code).then().statusCode(200);
        bay(skill);
        return code;
    }

    public void bay(String skill) {
        given().auth().oauth2(manager().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("code", "X" + Long.toString(System.nanoTime(), 36).toUpperCase(), "name", "Test bay", "skills", List.of(skill)))
                .post("/api/v1/shop/bays").then().statusCode(201);
    }

    public static String plate() {
        StringBuilder sb = new StringBuilder("沪A");
        for (int i = 0; i < 5; i++) {
            sb.append(PLATE_CHARS.charAt(ThreadLocalRandom.current().nextInt(PLATE_CHARS.length())));
        }
        return sb.toString();
    }

    public static String vin() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            sb.append(VIN_CHARS.charAt(ThreadLocalRandom.current().nextInt(VIN_CHARS.length())));
        }
        return sb.toString();
    }

    public static Map<String, Object> vehicleBody(String plate) {
        return Map.of("plate", plate, "vin", vin(), "make", "大众", "model", "朗逸", "year", 2021, "mileageKm", 42000);
    }

    public Customer customerWithVehicle() {
        TestAccounts.Login login = TestAccounts.customer();
        String plate = plate();
        String id = given().auth().oauth2(login.accessToken()).contentType(ContentType.JSON).body(vehicleBody(plate))
                .post("/api/v1/me/vehicles").then().statusCode(201).extract().path("id");
        return new Customer(login, id, plate);
    }

    /** Another vehicle of the customer; a car can hold one booking at a time, so filling a slot takes several. */
    public static String addVehicle(TestAccounts.Login login) {
        return given().auth().oauth2(login.accessToken()).contentType(ContentType.JSON).body(vehicleBody(plate()))
                .post("/api/v1/me/vehicles").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> booking(String vehicleId, String type, String start) {
        return Map.of("vehicleId", vehicleId, "serviceType", type, "start", start,
                "faultDescription", "保养灯亮了", "channel", "APP", "emergency", false);
    }

    public static JsonPath availability(String type, LocalDate from, LocalDate to) {
        return given().queryParam("serviceType", type).queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/v1/availability").then().statusCode(200).extract().jsonPath();
    }

    /**
     * A day ahead within the booking horizon (60 days; spread so that tests rarely share one) that has bookable slots
     * for the type.
     */
    public static LocalDate bookableDay(String type) {
        LocalDate first = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3);
        LocalDate day = first.plusDays(ThreadLocalRandom.current().nextInt(45));
        for (int i = 0; i < 60; i++, day = day.plusDays(1)) {
            if (day.isAfter(first.plusDays(52))) {
                day = first;
            }
            if (!availability(type, day, day).getList("slots").isEmpty()) {
                return day;
            }
        }
        throw new IllegalStateException("No bookable day for " + type);
    }

    public static Map<String, Object> booking(Customer customer, String type, String start) {
        return Map.of("vehicleId", customer.vehicleId(), "serviceType", type, "start", start,
                "faultDescription", "保养灯亮了", "channel", "APP", "emergency", false);
    }
}

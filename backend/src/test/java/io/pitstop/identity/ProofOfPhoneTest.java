package io.pitstop.identity;

import io.pitstop.support.BookingFixtures;
import io.pitstop.support.Db;
import io.pitstop.support.MutableClock;
import io.pitstop.support.RepairFixtures;
import io.pitstop.support.Sms;
import io.pitstop.support.TestAccounts;
import io.pitstop.support.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Registering, or taking over the account staff opened for a walk-in, needs the code sent to the phone: nobody
 * becomes a customer by typing that customer's number (issue 9, point 1).
 */
@QuarkusTest
class ProofOfPhoneTest {

    @Inject
    RepairFixtures repairs;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aStrangerCannotTakeOverAWalkInCustomerByRegisteringTheirPhone() {
        String phone = TestAccounts.newPhone();
        String plate = walkIn(phone, "李先生");

        // The attack of the probe: register the walk-in's number. Without the code, or with a guess, nothing happens.
        register(phone, "Mallory", null).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("code"));
        register(phone, "Mallory", "123456").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"));

        given().auth().oauth2(repairs.advisor().accessToken()).queryParam("phone", phone).get("/api/v1/customers")
                .then().statusCode(200)
                .body("name", equalTo("李先生"))
                .body("registered", equalTo(false))
                .body("vehicles[0].plate", equalTo(plate));
        given().contentType(ContentType.JSON).body(Map.of("phone", phone, "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(401);
    }

    @Test
    void theHolderOfThePhoneTakesOverTheWalkInAccountWithItsCar() {
        String phone = TestAccounts.newPhone();
        String plate = walkIn(phone, "李先生");
        var owner = TestAccounts.register(phone, "李明");
        given().auth().oauth2(owner.accessToken()).get("/api/v1/me/vehicles").then().statusCode(200)
                .body("plate", org.hamcrest.Matchers.hasItem(plate));
        given().auth().oauth2(repairs.advisor().accessToken()).queryParam("phone", phone).get("/api/v1/customers")
                .then().body("registered", equalTo(true)).body("name", equalTo("李明"));
    }

    @Test
    void askingForACodeAnswersAlikeForATakenAndAFreeNumber() {
        var taken = TestAccounts.customer();
        String free = TestAccounts.newPhone();
        clock.advance(Duration.ofSeconds(61)); // the owner asked for a code to register a moment ago
        var forTaken = askCode(taken.phone()).then().statusCode(202).extract().jsonPath();
        var forFree = askCode(free).then().statusCode(202).extract().jsonPath();
        assertThat(forTaken.getMap("")).containsOnlyKeys(forFree.getMap("").keySet());
        assertThat(forTaken.getLong("expiresIn")).isEqualTo(forFree.getLong("expiresIn"));
        assertThat(forTaken.getLong("resendAfter")).isEqualTo(forFree.getLong("resendAfter"));
        assertThat(forTaken.getBoolean("sandbox")).isEqualTo(forFree.getBoolean("sandbox"));

        // The registered number was told so instead of getting a code...
        List<JsonObject> sent = Sms.to(taken.phone());
        assertThat(sent.get(sent.size() - 1).getString("kind")).isEqualTo("PHONE_ALREADY_REGISTERED");
        assertThat(sent.get(sent.size() - 1).getJsonObject("params").containsKey("code")).isFalse();
        // ...and registering either number with a guessed code fails in exactly the same words.
        var onTaken = register(taken.phone(), "Mallory", "000000").then().statusCode(400).extract().jsonPath();
        var onFree = register(free, "Mallory", "000000").then().statusCode(400).extract().jsonPath();
        assertThat(onTaken.getString("detail")).isEqualTo(onFree.getString("detail"));
        assertThat(onTaken.getList("errors")).isEqualTo(onFree.getList("errors"));
    }

    @Test
    void theCodeIsNeverInAnAnswerNorStoredInTheClear() {
        String phone = TestAccounts.newPhone();
        String answer = askCode(phone).then().statusCode(202).extract().asString();
        String code = Sms.lastCode(phone).orElseThrow();
        assertThat(code).matches("\\d{6}");
        assertThat(answer).doesNotContain(code);

        var stored = Db.query("select code_hash from phone_code where phone = ?", phone);
        assertThat(stored).hasSize(1);
        assertThat((String) stored.get(0).get("code_hash")).hasSize(64).doesNotContain(code)
                .isNotEqualTo(io.pitstop.common.Digests.sha256Hex(code.getBytes()));
        // Once sent, the outbox keeps who and what kind, not the text with the code.
        var outbox = Db.query("select status, payload from outbox_message where address = ?", phone);
        assertThat(outbox).hasSize(1);
        assertThat(outbox.get(0).get("status")).isEqualTo("SENT");
        assertThat((String) outbox.get(0).get("payload")).doesNotContain(code).contains("\"redacted\":true");
    }

    @Test
    void aCodeAllowsFiveAttemptsAndThenIsDead() {
        String phone = TestAccounts.newPhone();
        String code = TestAccounts.requestCode(phone);
        String wrong = code.equals("111111") ? "222222" : "111111";
        for (int i = 0; i < 5; i++) {
            register(phone, "王五", wrong).then().statusCode(400);
        }
        register(phone, "王五", code).then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void aCodeExpiresAfterTenMinutesAndIsGoodOnce() {
        String phone = TestAccounts.newPhone();
        String code = TestAccounts.requestCode(phone);
        clock.advance(Duration.ofMinutes(11));
        register(phone, "赵六", code).then().statusCode(400).body("errors[0].field", equalTo("code"));

        String fresh = TestAccounts.requestCode(phone);
        register(phone, "赵六", fresh).then().statusCode(201);
        register(phone, "赵六", fresh).then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void codesAreLimitedPerPhoneAndPerClient() {
        String phone = TestAccounts.newPhone();
        askCode(phone).then().statusCode(202);
        Response again = askCode(phone);
        again.then().statusCode(429).contentType("application/problem+json");
        assertThat(Long.parseLong(again.header("Retry-After"))).isBetween(1L, 60L);

        // One client asking codes for many numbers (SMS bombing): 20 an hour, then 429.
        String client = TestClients.randomAddress();
        for (int i = 0; i < 20; i++) {
            askCode(TestAccounts.newPhone(), client).then().statusCode(202);
        }
        askCode(TestAccounts.newPhone(), client).then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void registrationAttemptsAreLimitedPerClient() {
        String client = TestClients.randomAddress();
        for (int i = 0; i < 20; i++) {
            given().header(TestClients.HEADER, client).contentType(ContentType.JSON)
                    .body(Map.of("phone", TestAccounts.newPhone(), "name", "批量", "password", TestAccounts.PASSWORD, "code", "000000"))
                    .post("/api/v1/auth/register").then().statusCode(400);
        }
        given().header(TestClients.HEADER, client).contentType(ContentType.JSON)
                .body(Map.of("phone", TestAccounts.newPhone(), "name", "批量", "password", TestAccounts.PASSWORD, "code", "000000"))
                .post("/api/v1/auth/register").then().statusCode(429);
    }

    private String walkIn(String phone, String name) {
        String plate = BookingFixtures.plate();
        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("customerPhone", phone, "customerName", name, "vehicle", BookingFixtures.vehicleBody(plate)))
                .post("/api/v1/customers/vehicles").then().statusCode(201).body("vehicles", hasSize(1));
        return plate;
    }

    private static Response askCode(String phone) {
        return given().contentType(ContentType.JSON).body(Map.of("phone", phone, "purpose", "REGISTER"))
                .post("/api/v1/auth/phone-codes");
    }

    private static Response askCode(String phone, String client) {
        return given().header(TestClients.HEADER, client).contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "purpose", "REGISTER")).post("/api/v1/auth/phone-codes");
    }

    private static Response register(String phone, String name, String code) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("phone", phone, "name", name, "password", TestAccounts.PASSWORD));
        if (code != null) {
            body.put("code", code);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/auth/register");
    }
}

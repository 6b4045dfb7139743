package io.pitstop.support;

import io.pitstop.identity.Role;
import io.pitstop.identity.persistence.Account;
import io.pitstop.identity.persistence.AccountRepository;
import io.pitstop.identity.service.PasswordHasher;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;

/** Creates the accounts a test needs, through the services and the API; never relies on demo data. */
@ApplicationScoped
public class TestAccounts {

    public static final String PASSWORD = "Passw0rd-test";
    private static final AtomicLong SEQUENCE = new AtomicLong(ThreadLocalRandom.current().nextLong(10_000_000L, 90_000_000L));

    private final AccountRepository accounts;
    private final PasswordHasher hasher;

    public TestAccounts(AccountRepository accounts, PasswordHasher hasher) {
        this.accounts = accounts;
        this.hasher = hasher;
    }

    public record Login(String id, String phone, String accessToken, String refreshToken) {
    }

    public static String newPhone() {
        return "137" + SEQUENCE.incrementAndGet();
    }

    /** A member of staff created in the database (managers create staff; somebody must be first). */
    public Login staff(Role role) {
        String phone = newPhone();
        try {
            VertxContextSupport.subscribeAndAwait(() -> hasher.hash(PASSWORD).chain(hash -> Panache.withTransaction(() -> {
                Account a = new Account();
                a.id = UUID.randomUUID();
                a.phone = phone;
                a.name = "Test " + role.name().toLowerCase();
                a.role = role;
                a.passwordHash = hash;
                a.createdAt = Instant.now();
                return accounts.persist(a);
            })));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return login(phone, PASSWORD);
    }

    /** A car owner registered through the API, with the code the phone received. */
    public static Login customer() {
        return register(newPhone(), "测试车主");
    }

    /** Registers (or claims) the phone as a person would: asks for a code, reads the SMS, registers with it. */
    public static Login register(String phone, String name) {
        String code = requestCode(phone);
        var body = given().contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "name", name, "password", PASSWORD, "code", code))
                .post("/api/v1/auth/register")
                .then().statusCode(201).extract().jsonPath();
        return new Login(body.getString("user.id"), phone, body.getString("accessToken"), body.getString("refreshToken"));
    }

    /** Asks for a registration code and answers the one the SMS carried. */
    public static String requestCode(String phone) {
        given().contentType(ContentType.JSON).body(Map.of("phone", phone, "purpose", "REGISTER"))
                .post("/api/v1/auth/phone-codes").then().statusCode(202);
        return codeReader.apply(phone).orElseThrow(() -> new AssertionError("No code was sent to " + phone));
    }

    /** Where a test reads the codes the phones received: the log sender's file, unless a test has a gateway of its own. */
    public static volatile java.util.function.Function<String, java.util.Optional<String>> codeReader = Sms::lastCode;

    public static Login login(String phone, String password) {
        var body = given().contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "password", password))
                .post("/api/v1/auth/login")
                .then().statusCode(200).extract().jsonPath();
        return new Login(body.getString("user.id"), phone, body.getString("accessToken"), body.getString("refreshToken"));
    }
}

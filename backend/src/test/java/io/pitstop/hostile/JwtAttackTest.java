package io.pitstop.hostile;

import io.pitstop.common.runtime.SigningKeys;
import io.pitstop.identity.Role;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forged, stale and revoked tokens are 401 problems. Each forgery is a valid token of a real manager with one thing
 * changed, and the unchanged token is shown to work first, so that a refusal is the server seeing the change and not
 * the test getting the token wrong.
 */
@QuarkusTest
class JwtAttackTest {

    @Inject
    TestAccounts accounts;

    @ConfigProperty(name = "pitstop.jwt.private-key")
    String signingKeyPem;

    @ConfigProperty(name = "mp.jwt.verify.publickey")
    String verifyKeyPem;

    @ConfigProperty(name = "pitstop.jwt.issuer")
    String issuer;

    @ConfigProperty(name = "mp.jwt.verify.audiences")
    String audience;

    /** What a manager's token says; each attack changes one thing of it. */
    private JwtClaimsBuilder managerClaims(TestAccounts.Login manager) {
        Instant now = Instant.now();
        return Jwt.issuer(issuer).audience(audience).subject(manager.id()).upn(manager.phone())
                .groups(Set.of(Role.MANAGER.name())).claim("ver", 0).issuedAt(now).expiresAt(now.plusSeconds(600));
    }

    @Test
    void forgedTokensAreRefused() throws Exception {
        var manager = accounts.staff(Role.MANAGER);
        PrivateKey ours = SigningKeys.parsePrivateKey(signingKeyPem);
        String valid = managerClaims(manager).jws().keyId("pitstop").sign(ours);
        assertThat(status(valid)).as("The unchanged forgery base works").isEqualTo(200);
        String[] parts = valid.split("\\.");
        Map<String, String> attacks = new LinkedHashMap<>();

        attacks.put("alg none, no signature", header("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".");
        attacks.put("alg none, the RS256 signature kept", header("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + "." + parts[2]);
        attacks.put("alg NONE", header("{\"alg\":\"NONE\",\"typ\":\"JWT\"}") + "." + parts[1] + ".");
        byte[] publicDer = Base64.getMimeDecoder().decode(verifyKeyPem.replaceAll("-----[A-Z ]+-----", ""));
        for (Map.Entry<String, byte[]> secret : Map.of("PEM", verifyKeyPem.getBytes(StandardCharsets.UTF_8),
                "PEM with a final newline", (verifyKeyPem.strip() + "\n").getBytes(StandardCharsets.UTF_8),
                "DER", publicDer).entrySet()) {
            attacks.put("HS256 keyed with the server's public key (" + secret.getKey() + ")",
                    hmac("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"pitstop\"}", parts[1], secret.getValue()));
        }
        long now = Instant.now().getEpochSecond();
        String kid = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"pitstop\"}";
        attacks.put("expired ten minutes ago", rs256(kid, edit(parts[1], Map.of("iat", now - 1500, "exp", now - 600)), ours));
        attacks.put("not valid before ten minutes from now", rs256(kid, edit(parts[1], Map.of("nbf", now + 600)), ours));
        attacks.put("issued ten minutes in the future", rs256(kid, edit(parts[1], Map.of("iat", now + 600, "exp", now + 1200)), ours));
        attacks.put("another issuer", rs256(kid, edit(parts[1], Map.of("iss", "https://evil.example/issuer")), ours));
        attacks.put("no issuer", rs256(kid, edit(parts[1], Map.of("iss", REMOVE)), ours));
        attacks.put("another audience", rs256(kid, edit(parts[1], Map.of("aud", "another-api")), ours));
        attacks.put("no audience", rs256(kid, edit(parts[1], Map.of("aud", REMOVE)), ours));
        attacks.put("no expiry", rs256(kid, edit(parts[1], Map.of("exp", REMOVE)), ours));
        attacks.put("a year long", rs256(kid, edit(parts[1], Map.of("exp", now + 365L * 24 * 3600)), ours));
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        attacks.put("signed by another RSA key, same kid", rs256(kid, parts[1], rsa.generateKeyPair().getPrivate()));
        attacks.put("RS512 header on an RS256 signature", header("{\"alg\":\"RS512\",\"typ\":\"JWT\",\"kid\":\"pitstop\"}")
                + "." + parts[1] + "." + parts[2]);
        attacks.put("a key of the attacker's in the header (jwk)", jwkInHeader(parts[1]));
        attacks.put("signature of another token", parts[0] + "." + parts[1] + "." + managerClaims(manager).claim("x", 1).sign(ours).split("\\.")[2]);
        attacks.put("signature cut off", parts[0] + "." + parts[1] + ".");

        var customer = TestAccounts.customer();
        String[] own = customer.accessToken().split("\\.");
        String escalated = new String(Base64.getUrlDecoder().decode(own[1]), StandardCharsets.UTF_8).replace("\"CUSTOMER\"", "\"MANAGER\"");
        attacks.put("a customer's token, payload edited to MANAGER", own[0] + "." + b64(escalated) + "." + own[2]);
        attacks.put("a customer's token naming a session that never was, signed with the server's key",
                rs256(kid, edit(own[1], Map.of("sid", UUID.randomUUID().toString())), ours));
        attacks.put("a customer's account with MANAGER, signed with the server's key",
                rs256(kid, edit(own[1], Map.of("groups", List.of("MANAGER"))), ours));

        List<String> accepted = new ArrayList<>();
        for (Map.Entry<String, String> attack : attacks.entrySet()) {
            var answer = Http.send("GET", "/api/v1/staff", attack.getValue(), null, null);
            if (answer.status() != 401 || !answer.isProblem() || !answer.body().contains("/problems/unauthorized")) {
                accepted.add(attack.getKey() + ": " + answer.status() + " " + answer.body());
            }
        }
        System.out.printf("JWT attacks: %d forged tokens tried, %d not refused with a 401 problem%n", attacks.size(), accepted.size());
        assertThat(accepted).as("Forged tokens that were not refused with a 401 problem").isEmpty();
    }

    @Test
    void aDeactivatedMembersAccessAndRefreshTokensAreRefusedAndStayRefused() {
        var manager = accounts.staff(Role.MANAGER);
        var advisor = accounts.staff(Role.ADVISOR);
        given().auth().oauth2(advisor.accessToken()).get("/api/v1/board/technicians").then().statusCode(200);

        given().auth().oauth2(manager.accessToken()).post("/api/v1/staff/" + advisor.id() + "/deactivate").then().statusCode(200);
        given().auth().oauth2(advisor.accessToken()).get("/api/v1/board/technicians").then().statusCode(401)
                .contentType("application/problem+json");
        refresh(advisor.refreshToken()).statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("phone", advisor.phone(), "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(401);

        // Given back their account, they log in again: what they held before stays dead.
        given().auth().oauth2(manager.accessToken()).post("/api/v1/staff/" + advisor.id() + "/reactivate").then().statusCode(200);
        given().auth().oauth2(advisor.accessToken()).get("/api/v1/board/technicians").then().statusCode(401);
        refresh(advisor.refreshToken()).statusCode(401);
    }

    @Test
    void aSessionEndedByLogoutTakesItsTokensWithIt() {
        var customer = TestAccounts.customer();
        var otherDevice = TestAccounts.login(customer.phone(), TestAccounts.PASSWORD);
        given().auth().oauth2(customer.accessToken()).get("/api/v1/me").then().statusCode(200);

        given().contentType(ContentType.JSON).body(Map.of("refreshToken", customer.refreshToken()))
                .post("/api/v1/auth/logout").then().statusCode(204);

        refresh(customer.refreshToken()).statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(customer.accessToken()).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
        // The phone that did not log out keeps its session.
        given().auth().oauth2(otherDevice.accessToken()).get("/api/v1/me").then().statusCode(200);
        refresh(otherDevice.refreshToken()).statusCode(200);
    }

    @Test
    void aRotatedRefreshTokenPresentedAgainEndsTheSession() {
        var customer = TestAccounts.customer();
        var renewed = refresh(customer.refreshToken()).statusCode(200).extract().jsonPath();
        String access = renewed.getString("accessToken");
        given().auth().oauth2(access).get("/api/v1/me").then().statusCode(200);

        // The old secret again (stolen, replayed): the whole session ends, the thief's and the owner's tokens alike.
        refresh(customer.refreshToken()).statusCode(401).contentType("application/problem+json");
        refresh(renewed.getString("refreshToken")).statusCode(401);
        given().auth().oauth2(access).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse refresh(String secret) {
        return given().contentType(ContentType.JSON).body(Map.of("refreshToken", secret)).post("/api/v1/auth/refresh").then();
    }

    private static int status(String token) {
        return Http.send("GET", "/api/v1/staff", token, null, null).status();
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String header(String json) {
        return b64(json);
    }

    private static String hmac(String headerJson, String payload, byte[] key) throws Exception {
        String signingInput = b64(headerJson) + "." + payload;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    private static final Object REMOVE = new Object();

    /** The payload with the given claims set (or removed), as base64url. */
    private static String edit(String payload, Map<String, Object> changes) {
        var json = jakarta.json.Json.createReader(new java.io.StringReader(
                new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))).readObject();
        var out = jakarta.json.Json.createObjectBuilder(json);
        changes.forEach((name, value) -> {
            if (value == REMOVE) {
                out.remove(name);
            } else if (value instanceof Long l) {
                out.add(name, l);
            } else if (value instanceof List<?> list) {
                out.add(name, jakarta.json.Json.createArrayBuilder(list));
            } else {
                out.add(name, value.toString());
            }
        });
        return b64(out.build().toString());
    }

    private static String rs256(String headerJson, String payload, PrivateKey key) throws Exception {
        String signingInput = b64(headerJson) + "." + payload;
        java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    }

    /** Signed by a key of the attacker's, whose public half rides in the header for a careless verifier to trust. */
    private static String jwkInHeader(String payload) throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        var pair = rsa.generateKeyPair();
        var pub = (java.security.interfaces.RSAPublicKey) pair.getPublic();
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String jwk = "{\"kty\":\"RSA\",\"n\":\"" + url.encodeToString(unsigned(pub.getModulus())) + "\",\"e\":\""
                + url.encodeToString(unsigned(pub.getPublicExponent())) + "\"}";
        return rs256("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"pitstop\",\"jwk\":" + jwk + "}", payload, pair.getPrivate());
    }

    private static byte[] unsigned(java.math.BigInteger n) {
        byte[] b = n.toByteArray();
        return b[0] == 0 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b;
    }
}

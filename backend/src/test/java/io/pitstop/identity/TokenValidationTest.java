package io.pitstop.identity;

import io.pitstop.common.runtime.SigningKeys;
import io.pitstop.support.MutableClock;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class TokenValidationTest {

    @Inject
    MutableClock clock;

    @ConfigProperty(name = "pitstop.jwt.private-key")
    String signingKeyPem;

    @ConfigProperty(name = "pitstop.jwt.issuer")
    String issuer;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void missingTokenIsUnauthorized() {
        given().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void expiredTokenIsUnauthorized() {
        var customer = TestAccounts.customer();
        clock.advance(Duration.ofHours(-1));
        String expired = TestAccounts.login(customer.phone(), TestAccounts.PASSWORD).accessToken();
        clock.reset();
        given().auth().oauth2(expired).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void tamperedTokenIsUnauthorized() {
        var customer = TestAccounts.customer();
        String[] parts = customer.accessToken().split("\\.");
        // Same signature, but the payload now claims to be a manager.
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"CUSTOMER\"", "\"MANAGER\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
        given().auth().oauth2(forged).get("/api/v1/staff").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void tokenFromAnotherIssuerIsUnauthorized() throws Exception {
        PrivateKey ourKey = SigningKeys.parsePrivateKey(signingKeyPem);
        String token = token("https://evil.example/issuer", ourKey);
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void tokenSignedWithAnotherKeyIsUnauthorized() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String token = token(issuer, generator.generateKeyPair().getPrivate());
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void tokenOfOurIssuerAndKeyIsAccepted() throws Exception {
        var customer = TestAccounts.customer();
        String token = Jwt.issuer(issuer).audience("pitstop-api").subject(customer.id()).upn(customer.phone())
                .groups(Set.of("CUSTOMER")).expiresAt(Instant.now().plusSeconds(300))
                .sign(SigningKeys.parsePrivateKey(signingKeyPem));
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).body("id", equalTo(customer.id()));
    }

    @Test
    void customerCallingAManagerEndpointIsForbidden() {
        var customer = TestAccounts.customer();
        given().auth().oauth2(customer.accessToken()).get("/api/v1/staff")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://pitstop.dev/problems/forbidden"));
    }

    private static String token(String iss, PrivateKey key) {
        return Jwt.issuer(iss).audience("pitstop-api").subject(UUID.randomUUID().toString()).upn("13900000009")
                .groups(Set.of("MANAGER")).expiresAt(Instant.now().plusSeconds(300)).sign(key);
    }
}

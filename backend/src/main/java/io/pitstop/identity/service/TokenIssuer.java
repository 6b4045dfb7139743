package io.pitstop.identity.service;

import io.pitstop.common.runtime.SigningKeys;
import io.pitstop.identity.Role;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Signs access tokens (RS256). Starts eagerly so that a deployment without a signing key fails at once. */
@Startup
@ApplicationScoped
public class TokenIssuer {

    public static final String AUDIENCE = "pitstop-api";

    private final Clock clock;
    private final String issuer;
    private final Duration accessTtl;
    private final PrivateKey key;

    public TokenIssuer(Clock clock,
                       @ConfigProperty(name = "pitstop.jwt.issuer") String issuer,
                       @ConfigProperty(name = "pitstop.jwt.access-ttl") Duration accessTtl,
                       @ConfigProperty(name = "pitstop.jwt.private-key") Optional<String> privateKey,
                       @ConfigProperty(name = "pitstop.jwt.private-key-file") Optional<String> privateKeyFile) {
        this.clock = clock;
        this.issuer = issuer;
        this.accessTtl = accessTtl;
        this.key = load(privateKey, privateKeyFile);
    }

    public record Issued(String token, long expiresIn) {
    }

    /**
     * A server-side secret for one purpose (the HMAC key of one-time codes), derived from the signing key: it is as
     * secret as that key, is never stored, and a copy of the database alone does not reveal what it protects.
     */
    public byte[] derivedSecret(String purpose) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return mac.doFinal(("pitstop|" + purpose).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claim carrying the account's token version (see AccountGate). */
    public static final String VERSION_CLAIM = "ver";

    /** The claim naming the session (the family of refresh tokens) the token was issued in (see AccountGate). */
    public static final String SESSION_CLAIM = "sid";

    public Issued forAccount(UUID accountId, String phone, String name, Role role, int version, UUID session) {
        Instant now = clock.instant();
        String token = Jwt.issuer(issuer)
                .audience(AUDIENCE)
                .subject(accountId.toString())
                .upn(phone)
                .groups(Set.of(role.name()))
                .claim("name", name)
                .claim(VERSION_CLAIM, version)
                .claim(SESSION_CLAIM, session.toString())
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(accessTtl))
                .jws().keyId("pitstop")
                .sign(key);
        return new Issued(token, accessTtl.toSeconds());
    }

    public Issued forPartner(String clientId, String name, Set<String> scopes) {
        Instant now = clock.instant();
        String token = Jwt.issuer(issuer)
                .audience(AUDIENCE)
                .subject(clientId)
                .upn(clientId)
                .groups(Set.of(Role.PARTNER.name()))
                .claim("name", name)
                .claim("scope", String.join(" ", scopes))
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(accessTtl))
                .jws().keyId("pitstop")
                .sign(key);
        return new Issued(token, accessTtl.toSeconds());
    }

    private static PrivateKey load(Optional<String> inline, Optional<String> file) {
        try {
            if (inline.isPresent() && !inline.get().isBlank()) {
                return SigningKeys.parsePrivateKey(inline.get());
            }
            if (file.isPresent() && !file.get().isBlank()) {
                return SigningKeys.parsePrivateKey(Files.readString(Path.of(file.get())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read PITSTOP_JWT_PRIVATE_KEY_FILE", e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The token signing key is not an RSA private key in PKCS#8 PEM form", e);
        }
        throw new IllegalStateException("No token signing key: set PITSTOP_JWT_PRIVATE_KEY (PKCS#8 PEM) or "
                + "PITSTOP_JWT_PRIVATE_KEY_FILE. Keys are generated automatically only in dev, in tests and on the "
                + "embedded database.");
    }
}

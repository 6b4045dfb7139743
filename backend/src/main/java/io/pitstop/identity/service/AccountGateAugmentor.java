package io.pitstop.identity.service;

import io.pitstop.common.SessionRefused;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Duration;

/**
 * Puts {@link AccountGate} in front of every authenticated request: a refused holder is 401, whatever the token says.
 * Before it, the token's times must be ones this server issues: issued not in the future and valid for no longer
 * than an access token lives. The signature library checks only the expiry, so a token minted with the key (a leaked
 * key, a forgotten test token) could otherwise live for years.
 */
@ApplicationScoped
public class AccountGateAugmentor implements SecurityIdentityAugmentor {

    /** Leeway for clocks of instances that disagree a little, as the signature library allows for the expiry. */
    static final long SKEW_SECONDS = 60;

    private final AccountGate gate;
    private final Clock clock;
    private final long accessTtlSeconds;

    public AccountGateAugmentor(AccountGate gate, Clock clock, @ConfigProperty(name = "pitstop.jwt.access-ttl") Duration accessTtl) {
        this.gate = gate;
        this.clock = clock;
        this.accessTtlSeconds = accessTtl.toSeconds();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        String times = timesRefusal(seconds(jwt.getClaim("iat")), seconds(jwt.getClaim("exp")));
        if (times != null) {
            return Uni.createFrom().failure(SessionRefused.because(times));
        }
        Long version = seconds(jwt.getClaim(TokenIssuer.VERSION_CLAIM));
        Object session = jwt.getClaim(TokenIssuer.SESSION_CLAIM);
        return gate.refusal(jwt.getSubject(), jwt.getGroups(), version == null ? 0L : version,
                session instanceof jakarta.json.JsonString s ? s.getString() : session == null ? null : session.toString()).map(why -> {
            if (why != null) {
                throw SessionRefused.because(why);
            }
            return identity;
        });
    }

    /**
     * Null when the times are ones this server issues. "Now" is the later of the application's clock (which issued the
     * token; only tests move it) and the system's (which the signature library checks the expiry with).
     */
    String timesRefusal(Long issuedAt, Long expiresAt) {
        if (issuedAt == null || expiresAt == null) {
            return "The token does not say when it was issued";
        }
        long now = Math.max(clock.instant().getEpochSecond(), System.currentTimeMillis() / 1000);
        if (issuedAt > now + SKEW_SECONDS) {
            return "The token was issued in the future";
        }
        if (expiresAt - issuedAt > accessTtlSeconds + SKEW_SECONDS) {
            return "The token is valid for longer than this server issues tokens";
        }
        return null;
    }

    private static Long seconds(Object claim) {
        return claim instanceof Number n ? Long.valueOf(n.longValue())
                : claim instanceof jakarta.json.JsonNumber j ? Long.valueOf(j.longValue()) : null;
    }
}

package io.pitstop.identity.service;

import io.pitstop.identity.persistence.RefreshTokenRepository;
import io.pitstop.live.LiveHub;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/**
 * A session is a family of refresh tokens (one login on one device); the access tokens issued in it name it. Ending
 * it (logout, or a refresh token presented twice) revokes its refresh tokens and, through {@link AccountGate}, the
 * access tokens still running: a stolen access token does not outlive the logout by its 15 minutes.
 */
@ApplicationScoped
public class Sessions {

    private final RefreshTokenRepository refreshTokens;
    private final LiveHub live;
    private final AccountGate gate;

    public Sessions(RefreshTokenRepository refreshTokens, LiveHub live, AccountGate gate) {
        this.refreshTokens = refreshTokens;
        this.live = live;
        this.gate = gate;
    }

    /** Ends the session in the caller's transaction; every instance's gate hears of it when that commits. */
    public Uni<Void> end(UUID session, Instant now) {
        return refreshTokens.revokeFamily(session, now).chain(() -> live.publish(AccountGate.SESSIONS, session.toString()));
    }

    /** This instance forgets the session's state at once, once the end has committed (others hear the publish). */
    public void forget(UUID session) {
        gate.forgetSession(session);
    }
}

package io.pitstop.identity.service;

import io.pitstop.identity.Role;
import io.pitstop.live.LiveHub;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides on every authenticated request whether the token's holder may still act: the account exists, is active,
 * still has the token's role, and did not have its sessions ended after the token was issued; a partner application
 * is still registered and not revoked; the session the token was issued in is still open (see {@link Sessions}). A
 * valid signature alone is not enough: a deactivated advisor's 15-minute token stops working at once, and so does the
 * token of a session logged out.
 * <p>
 * Cheap: the state of each account is cached on the instance; a change publishes "account|id" (or "partner|id")
 * through LISTEN/NOTIFY, and every instance forgets that entry when the change commits (everything, when its LISTEN
 * connection was re-established and may have missed some). Entries are also re-read after a short time, a bound on
 * staleness should a notification ever be lost.
 */
@ApplicationScoped
public class AccountGate {

    static final String ACCOUNTS = "account";
    static final String PARTNERS = "partner";
    static final String SESSIONS = "session";
    private static final int SWEEP_ABOVE = 10_000;

    /** What the gate knows of a token holder. */
    record State(boolean exists, boolean active, Role role, int tokenVersion, Instant loadedAt) {
    }

    private final Map<String, State> cache = new ConcurrentHashMap<>();
    private final Pool pool;
    private final Clock clock;
    private final Duration recheckAfter;

    public AccountGate(Pool pool, Clock clock, LiveHub live,
                       @ConfigProperty(name = "pitstop.auth.recheck-after", defaultValue = "PT30S") Duration recheckAfter) {
        this.pool = pool;
        this.clock = clock;
        this.recheckAfter = recheckAfter;
        live.listen(ACCOUNTS, forgetting(""));
        // Partners and sessions are cached under their topic's prefix: a notice about one names it without.
        live.listen(PARTNERS, forgetting(PARTNERS + "|"));
        live.listen(SESSIONS, forgetting(SESSIONS + "|"));
    }

    private LiveHub.Signals forgetting(String prefix) {
        return new LiveHub.Signals() {
            @Override
            public void changed(String key) {
                cache.remove(prefix + key);
            }

            @Override
            public void missedSome() {
                cache.clear();
            }
        };
    }

    /**
     * Null when the holder may act; otherwise why not (the request is then refused with 401).
     *
     * @param version the token's version claim (0 when it has none)
     * @param session  the token's session claim (null when it has none: tokens issued before sessions were named)
     */
    public Uni<String> refusal(String subject, Set<String> groups, long version, String session) {
        boolean partner = groups.contains(Role.PARTNER.name());
        String key = partner ? PARTNERS + "|" + subject : subject;
        if (!partner) {
            try {
                UUID.fromString(subject);
            } catch (IllegalArgumentException | NullPointerException e) {
                return Uni.createFrom().item("The token names no account");
            }
        }
        return state(key, partner, subject).map(s -> {
            if (!s.exists()) {
                return partner ? "The partner application is not registered" : "The token names no account";
            }
            if (!s.active()) {
                return partner ? "The partner application's access was revoked" : "This account is no longer active";
            }
            if (!partner && (s.role() == null || !groups.contains(s.role().name()))) {
                return "This account's role has changed; log in again";
            }
            if (!partner && version != s.tokenVersion()) {
                return "This session was ended; log in again";
            }
            return null;
        }).chain(why -> why != null || partner || session == null ? Uni.createFrom().item(why) : sessionRefusal(subject, session));
    }

    /** Null when the session the token was issued in is still open (not logged out, not ended for a replayed refresh). */
    private Uni<String> sessionRefusal(String subject, String session) {
        UUID family;
        try {
            family = UUID.fromString(session);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().item("The token names no session");
        }
        String key = SESSIONS + "|" + family;
        Instant now = clock.instant();
        State cached = cache.get(key);
        Uni<State> state = cached != null && fresh(cached, now) ? Uni.createFrom().item(cached)
                : pool.preparedQuery("select bool_or(revoked_at is null) as open from refresh_token where family_id = $1 and account_id = $2")
                        .execute(Tuple.of(family, UUID.fromString(subject))).map(rows -> {
                            Boolean open = rows.iterator().next().getBoolean("open");
                            State s = new State(open != null, Boolean.TRUE.equals(open), null, 0, now);
                            if (cache.size() > SWEEP_ABOVE) {
                                // Every login is a new session: entries past their recheck are dropped rather than kept forever.
                                cache.values().removeIf(old -> !fresh(old, now));
                            }
                            cache.put(key, s);
                            return s;
                        });
        return state.map(s -> s.active() ? null : "This session was ended; log in again");
    }

    private boolean fresh(State s, Instant now) {
        return !now.isAfter(s.loadedAt().plus(recheckAfter)) && !now.isBefore(s.loadedAt());
    }

    public void forgetSession(UUID session) {
        cache.remove(SESSIONS + "|" + session);
    }

    /** Forget what is cached of the account (this instance, at once; other instances hear it from the publish). */
    public void forget(UUID accountId) {
        cache.remove(accountId.toString());
    }

    public void forgetPartner(String clientId) {
        cache.remove(PARTNERS + "|" + clientId);
    }

    private Uni<State> state(String key, boolean partner, String subject) {
        Instant now = clock.instant();
        State cached = cache.get(key);
        if (cached != null && fresh(cached, now)) {
            return Uni.createFrom().item(cached);
        }
        Uni<RowSet<Row>> rows = partner
                ? pool.preparedQuery("select active from partner_client where client_id = $1").execute(Tuple.of(subject))
                : pool.preparedQuery("select active, role, token_version from account where id = $1")
                        .execute(Tuple.of(UUID.fromString(subject)));
        return rows.map(set -> {
            State s;
            if (set.size() == 0) {
                s = new State(false, false, null, 0, now);
            } else {
                Row row = set.iterator().next();
                if (partner) {
                    s = new State(true, row.getBoolean("active"), Role.PARTNER, 0, now);
                } else {
                    s = new State(true, row.getBoolean("active"), Role.valueOf(row.getString("role")),
                            row.getInteger("token_version"), now);
                }
            }
            cache.put(key, s);
            return s;
        });
    }
}

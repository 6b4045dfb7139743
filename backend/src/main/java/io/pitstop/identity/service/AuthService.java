package io.pitstop.identity.service;

import io.pitstop.common.RequestLanguage;
import io.pitstop.common.AuthenticationException;
import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.ThrottledException;
import io.pitstop.identity.AuthResponse;
import io.pitstop.identity.LoginRequest;
import io.pitstop.common.limits.RateLimiter;
import io.pitstop.identity.MeView;
import io.pitstop.identity.PhoneCodePurpose;
import io.pitstop.identity.Phones;
import io.pitstop.identity.RegisterRequest;
import io.pitstop.identity.Role;
import io.pitstop.identity.persistence.Account;
import io.pitstop.identity.persistence.AccountRepository;
import io.pitstop.identity.persistence.LoginThrottleRepository;
import io.pitstop.identity.persistence.RefreshToken;
import io.pitstop.identity.persistence.RefreshTokenRepository;
import io.pitstop.identity.persistence.TrustedDeviceRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Sessions of customers and staff: registration with proof of phone, login with throttling that strangers cannot
 * turn against the owner, refresh-token rotation with reuse detection, logout.
 */
@ApplicationScoped
public class AuthService {

    private static final Logger LOG = Logger.getLogger(AuthService.class);

    private final AccountRepository accounts;
    private final RefreshTokenRepository refreshTokens;
    private final LoginThrottleRepository throttle;
    private final TrustedDeviceRepository devices;
    private final PhoneCodes codes;
    private final RateLimiter limiter;
    private final AuthRules rules;
    private final PasswordHasher hasher;
    private final TokenIssuer issuer;
    private final Clock clock;
    private final Duration refreshTtl;
    private final Duration loginWindow;
    private final int maxFailures;
    private final RequestLanguage language;
    private final Sessions sessions;

    public AuthService(AccountRepository accounts, RefreshTokenRepository refreshTokens, Sessions sessions, LoginThrottleRepository throttle,
                       TrustedDeviceRepository devices, PhoneCodes codes, RateLimiter limiter, AuthRules rules,
                       PasswordHasher hasher, TokenIssuer issuer, Clock clock,
                       @ConfigProperty(name = "pitstop.jwt.refresh-ttl") Duration refreshTtl,
                       @ConfigProperty(name = "pitstop.login.window") Duration loginWindow,
                       @ConfigProperty(name = "pitstop.login.max-failures") int maxFailures, RequestLanguage language) {
        this.language = language;
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.sessions = sessions;
        this.throttle = throttle;
        this.devices = devices;
        this.codes = codes;
        this.limiter = limiter;
        this.rules = rules;
        this.hasher = hasher;
        this.issuer = issuer;
        this.clock = clock;
        this.refreshTtl = refreshTtl;
        this.loginWindow = loginWindow;
        this.maxFailures = maxFailures;
    }

    /**
     * Signs up a car owner who proved the phone with a code: a new account, or the one staff opened for the phone at a
     * phone or walk-in booking (which the owner now takes over, with their vehicles and history).
     */
    public Uni<AuthResponse> register(RegisterRequest req, String client) {
        String phone = Phones.require(req.phone(), "phone");
        return limiter.hit(Detail.of("problem.throttled.registrations"),
                        new RateLimiter.Bucket("register|client|" + client, rules.registrationsPerClient()))
                .chain(() -> Panache.withTransaction(() -> {
                    Instant now = clock.instant();
                    return codes.consume(phone, PhoneCodePurpose.REGISTER, req.code())
                            .chain(() -> accounts.findByPhone(phone))
                            .invoke(existing -> {
                                // Only the holder of the phone gets this far: telling them is no leak.
                                if (!PhoneCodes.claimable(existing)) {
                                    throw new ConflictException("phone-taken", Detail.of("problem.identity.phone-registered"));
                                }
                            })
                            .chain(existing -> hasher.hash(req.password()).chain(hash -> {
                                if (existing != null) {
                                    existing.name = req.name().strip();
                                    existing.passwordHash = hash;
                                    LOG.infof("Customer %s took over the account staff opened for their phone", existing.id);
                                    return Uni.createFrom().item(existing);
                                }
                                Account account = new Account();
                                account.id = UUID.randomUUID();
                                account.phone = phone;
                                account.name = req.name().strip();
                                account.role = Role.CUSTOMER;
                                account.passwordHash = hash;
                                account.createdAt = now;
                                return accounts.persistAndFlush(account);
                            }))
                            .chain(account -> newDevice(account, now).chain(device -> startSession(account, now, device)));
                }))
                .onFailure(PhoneCodes.WrongCode.class).call(e -> codes.countWrongAttempt((PhoneCodes.WrongCode) e));
    }

    /**
     * Phone and password. Failures are counted per phone and client (five block that client for that phone), per
     * client (password spraying) and per phone from everywhere (a distributed guess): past the last, only a device
     * the person has logged in from before may still try, so a stranger can never lock the owner out.
     */
    public Uni<AuthResponse> login(LoginRequest req, String client) {
        String phone = Phones.require(req.phone(), "phone");
        Instant now = clock.instant();
        String pair = "pair|" + phone + "|" + client;
        String fromClient = "client|" + client;
        String ofPhone = "phone|" + phone;
        return Panache.withTransaction(() -> throttle.blocked(List.of(pair, fromClient, ofPhone), now)
                        .chain(blocked -> {
                            OffsetDateTime own = blocked.containsKey(pair) ? blocked.get(pair) : blocked.get(fromClient);
                            if (own != null) {
                                throw new ThrottledException(Detail.of("problem.throttled.logins"),
                                        Duration.between(now, own.toInstant()));
                            }
                            return accounts.findByPhone(phone).chain(account -> {
                                OffsetDateTime phoneBlock = blocked.get(ofPhone);
                                Uni<Boolean> trusted = account == null || req.deviceToken() == null || req.deviceToken().isBlank()
                                        ? Uni.createFrom().item(false)
                                        : devices.touch(SecretTokens.sha256(req.deviceToken()), account.id, now);
                                return trusted.chain(known -> {
                                    if (phoneBlock != null && !known) {
                                        throw new ThrottledException(Detail.of("problem.throttled.loginsForPhone"),
                                                Duration.between(now, phoneBlock.toInstant()));
                                    }
                                    return hasher.matches(req.password(), account == null ? null : account.passwordHash)
                                            .chain(ok -> {
                                                if (!ok || !account.active) {
                                                    return Uni.createFrom().failure(new BadCredentials());
                                                }
                                                Uni<String> device = known ? Uni.createFrom().nullItem() : newDevice(account, now);
                                                return throttle.clear(pair).chain(() -> device)
                                                        .chain(d -> startSession(account, now, d));
                                            });
                                });
                            });
                        }))
                // The failure is recorded in its own transaction: the login's own one rolls back.
                .onFailure(BadCredentials.class).call(() -> Panache.withTransaction(
                        () -> throttle.recordFailure(pair, now, loginWindow, maxFailures)
                                .chain(() -> throttle.recordFailure(fromClient, now, rules.loginFailuresPerClient().window(),
                                        rules.loginFailuresPerClient().max()))
                                .chain(() -> throttle.recordFailure(ofPhone, now, rules.loginFailuresPerPhone().window(),
                                        rules.loginFailuresPerPhone().max()))))
                .onFailure(BadCredentials.class).transform(e -> new AuthenticationException(Detail.of("problem.unauthorized.credentials")));
    }

    public Uni<AuthResponse> refresh(String presented) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> refreshTokens.findByHashForUpdate(SecretTokens.sha256(presented))
                        .chain(token -> {
                            if (token == null || token.expiresAt.isBefore(now)) {
                                return Uni.createFrom().<AuthResponse>failure(
                                        new AuthenticationException(Detail.of("problem.unauthorized.refreshInvalid")));
                            }
                            if (token.revokedAt != null) {
                                return Uni.createFrom().<AuthResponse>failure(
                                        new AuthenticationException(Detail.of("problem.unauthorized.sessionEnded")));
                            }
                            if (token.usedAt != null) {
                                return Uni.createFrom().<AuthResponse>failure(new ReuseDetected(token.familyId, token.accountId));
                            }
                            token.usedAt = now;
                            return accounts.findById(token.accountId).chain(account -> {
                                if (account == null || !account.active) {
                                    return Uni.createFrom().<AuthResponse>failure(
                                            new AuthenticationException(Detail.of("problem.unauthorized.inactive")));
                                }
                                rememberLanguage(account);
                                return issueRefresh(account, token.familyId, now)
                                        .map(secret -> response(account, token.familyId, secret, null));
                            });
                        }))
                .onFailure(ReuseDetected.class).call(e -> {
                    ReuseDetected reuse = (ReuseDetected) e;
                    LOG.warnf("Refresh token reused for account %s: revoking its session family %s", reuse.accountId, reuse.familyId);
                    return Panache.withTransaction(() -> sessions.end(reuse.familyId, now)).invoke(() -> sessions.forget(reuse.familyId));
                })
                .onFailure(ReuseDetected.class).transform(e ->
                        new AuthenticationException(Detail.of("problem.unauthorized.refreshReused")));
    }

    /** Ends the session of the refresh token: its refresh tokens and the access tokens issued in it stop working. */
    public Uni<Void> logout(String presented) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> refreshTokens.findByHashForUpdate(SecretTokens.sha256(presented))
                        .chain(token -> token == null ? Uni.createFrom().<UUID>nullItem()
                                : sessions.end(token.familyId, now).replaceWith(token.familyId)))
                .invoke(family -> {
                    if (family != null) {
                        sessions.forget(family);
                    }
                })
                .replaceWithVoid();
    }

    @WithTransaction
    public Uni<MeView> me(UUID accountId) {
        return accounts.findById(accountId).map(account -> {
            if (account == null || !account.active) {
                throw new AuthenticationException(Detail.of("problem.unauthorized.inactive"));
            }
            return view(account);
        });
    }

    private Uni<AuthResponse> startSession(Account account, Instant now, String deviceToken) {
        rememberLanguage(account);
        UUID session = UUID.randomUUID();
        return issueRefresh(account, session, now).map(secret -> response(account, session, secret, deviceToken));
    }

    /**
     * The person reads the language their app asks in (the SPA sends the language chosen in it): their SMS follow it.
     * A managed entity, so the change is written with the session's transaction.
     */
    private void rememberLanguage(Account account) {
        if (!language.asked()) {
            return;
        }
        String tag = language.get().tag();
        if (!tag.equals(account.language)) {
            account.language = tag;
        }
    }

    /** A token the device keeps (apart from the session) to be recognised at its next login. */
    private Uni<String> newDevice(Account account, Instant now) {
        String token = SecretTokens.newSecret();
        return devices.add(SecretTokens.sha256(token), account.id, now).replaceWith(token);
    }

    private Uni<String> issueRefresh(Account account, UUID familyId, Instant now) {
        String secret = SecretTokens.newSecret();
        RefreshToken token = new RefreshToken();
        token.id = UUID.randomUUID();
        token.accountId = account.id;
        token.familyId = familyId;
        token.tokenHash = SecretTokens.sha256(secret);
        token.issuedAt = now;
        token.expiresAt = now.plus(refreshTtl);
        return refreshTokens.persist(token).replaceWith(secret);
    }

    private AuthResponse response(Account account, UUID session, String refreshSecret, String deviceToken) {
        TokenIssuer.Issued access = issuer.forAccount(account.id, account.phone, account.name, account.role, account.tokenVersion,
                session);
        return new AuthResponse(access.token(), refreshSecret, "Bearer", access.expiresIn(), view(account), deviceToken);
    }

    static MeView view(Account account) {
        return new MeView(account.id.toString(), account.name, account.phone, account.role, List.of());
    }

    /** Wrong login or password, or an inactive account: all look the same to the caller. */
    private static final class BadCredentials extends RuntimeException {
        BadCredentials() {
            super(null, null, false, false);
        }
    }

    private static final class ReuseDetected extends RuntimeException {
        final UUID familyId;
        final UUID accountId;

        ReuseDetected(UUID familyId, UUID accountId) {
            super(null, null, false, false);
            this.familyId = familyId;
            this.accountId = accountId;
        }
    }
}

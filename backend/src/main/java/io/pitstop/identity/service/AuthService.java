package io.pitstop.identity.service;

import io.pitstop.common.AuthenticationException;
import io.pitstop.common.ConflictException;
import io.pitstop.common.ThrottledException;
import io.pitstop.identity.AuthResponse;
import io.pitstop.identity.LoginRequest;
import io.pitstop.identity.MeView;
import io.pitstop.identity.Phones;
import io.pitstop.identity.RegisterRequest;
import io.pitstop.identity.Role;
import io.pitstop.identity.persistence.Account;
import io.pitstop.identity.persistence.AccountRepository;
import io.pitstop.identity.persistence.LoginThrottleRepository;
import io.pitstop.identity.persistence.RefreshToken;
import io.pitstop.identity.persistence.RefreshTokenRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sessions of customers and staff: registration, login with throttling, refresh-token rotation with reuse
 * detection, logout.
 */
@ApplicationScoped
public class AuthService {

    private static final Logger LOG = Logger.getLogger(AuthService.class);

    private final AccountRepository accounts;
    private final RefreshTokenRepository refreshTokens;
    private final LoginThrottleRepository throttle;
    private final PasswordHasher hasher;
    private final TokenIssuer issuer;
    private final Clock clock;
    private final Duration refreshTtl;
    private final Duration loginWindow;
    private final int maxFailures;

    public AuthService(AccountRepository accounts, RefreshTokenRepository refreshTokens, LoginThrottleRepository throttle,
                       PasswordHasher hasher, TokenIssuer issuer, Clock clock,
                       @ConfigProperty(name = "pitstop.jwt.refresh-ttl") Duration refreshTtl,
                       @ConfigProperty(name = "pitstop.login.window") Duration loginWindow,
                       @ConfigProperty(name = "pitstop.login.max-failures") int maxFailures) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
        this.hasher = hasher;
        this.issuer = issuer;
        this.clock = clock;
        this.refreshTtl = refreshTtl;
        this.loginWindow = loginWindow;
        this.maxFailures = maxFailures;
    }

    @WithTransaction
    public Uni<AuthResponse> register(RegisterRequest req) {
        String phone = Phones.require(req.phone(), "phone");
        Instant now = clock.instant();
        return accounts.findByPhone(phone)
                .invoke(existing -> {
                    // A customer that staff created for a phone booking has no password yet: registering claims it.
                    if (existing != null && (existing.role != Role.CUSTOMER || existing.passwordHash != null)) {
                        throw new ConflictException("phone-taken", "This phone number is already registered; log in instead");
                    }
                })
                .chain(existing -> hasher.hash(req.password()).chain(hash -> {
                    if (existing != null) {
                        existing.name = req.name().strip();
                        existing.passwordHash = hash;
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
                .chain(account -> startSession(account, now));
    }

    public Uni<AuthResponse> login(LoginRequest req) {
        String phone = Phones.require(req.phone(), "phone");
        Instant now = clock.instant();
        return Panache.withTransaction(() -> throttle.blockedUntil(phone, now)
                        .invoke(blockedUntil -> {
                            if (blockedUntil != null) {
                                throw new ThrottledException("Too many failed logins; try again later",
                                        Duration.between(now, blockedUntil.toInstant()));
                            }
                        })
                        .chain(() -> accounts.findByPhone(phone))
                        .chain(account -> hasher.matches(req.password(), account == null ? null : account.passwordHash)
                                .chain(ok -> {
                                    if (!ok || !account.active) {
                                        return Uni.createFrom().failure(new BadCredentials());
                                    }
                                    return throttle.clear(phone).chain(() -> startSession(account, now));
                                })))
                // The failure is recorded in its own transaction: the login's own one rolls back.
                .onFailure(BadCredentials.class).call(() -> Panache.withTransaction(
                        () -> throttle.recordFailure(phone, now, loginWindow, maxFailures)))
                .onFailure(BadCredentials.class).transform(e -> new AuthenticationException("Wrong phone number or password"));
    }

    public Uni<AuthResponse> refresh(String presented) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> refreshTokens.findByHashForUpdate(SecretTokens.sha256(presented))
                        .chain(token -> {
                            if (token == null || token.expiresAt.isBefore(now)) {
                                return Uni.createFrom().<AuthResponse>failure(
                                        new AuthenticationException("The refresh token is not valid; log in again"));
                            }
                            if (token.revokedAt != null) {
                                return Uni.createFrom().<AuthResponse>failure(
                                        new AuthenticationException("This session has ended; log in again"));
                            }
                            if (token.usedAt != null) {
                                return Uni.createFrom().<AuthResponse>failure(new ReuseDetected(token.familyId, token.accountId));
                            }
                            token.usedAt = now;
                            return accounts.findById(token.accountId).chain(account -> {
                                if (account == null || !account.active) {
                                    return Uni.createFrom().<AuthResponse>failure(
                                            new AuthenticationException("The account is no longer active"));
                                }
                                return issueRefresh(account, token.familyId, now)
                                        .map(secret -> response(account, secret));
                            });
                        }))
                .onFailure(ReuseDetected.class).call(e -> {
                    ReuseDetected reuse = (ReuseDetected) e;
                    LOG.warnf("Refresh token reused for account %s: revoking its session family %s", reuse.accountId, reuse.familyId);
                    return Panache.withTransaction(() -> refreshTokens.revokeFamily(reuse.familyId, now));
                })
                .onFailure(ReuseDetected.class).transform(e ->
                        new AuthenticationException("This refresh token was already used; the session has been ended for safety"));
    }

    @WithTransaction
    public Uni<Void> logout(String presented) {
        Instant now = clock.instant();
        return refreshTokens.findByHashForUpdate(SecretTokens.sha256(presented))
                .chain(token -> token == null ? Uni.createFrom().voidItem()
                        : refreshTokens.revokeFamily(token.familyId, now).replaceWithVoid());
    }

    @WithTransaction
    public Uni<MeView> me(UUID accountId) {
        return accounts.findById(accountId).map(account -> {
            if (account == null || !account.active) {
                throw new AuthenticationException("The account is no longer active");
            }
            return view(account);
        });
    }

    private Uni<AuthResponse> startSession(Account account, Instant now) {
        return issueRefresh(account, UUID.randomUUID(), now).map(secret -> response(account, secret));
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

    private AuthResponse response(Account account, String refreshSecret) {
        TokenIssuer.Issued access = issuer.forAccount(account.id, account.phone, account.name, account.role);
        return new AuthResponse(access.token(), refreshSecret, "Bearer", access.expiresIn(), view(account));
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

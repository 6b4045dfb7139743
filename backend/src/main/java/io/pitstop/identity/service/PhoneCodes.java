package io.pitstop.identity.service;

import io.pitstop.common.Detail;
import io.pitstop.common.RequestLanguage;
import io.pitstop.notify.NotificationKind;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.limits.RateLimiter;
import io.pitstop.common.limits.RateLimiter.Bucket;
import io.pitstop.identity.PhoneCodePurpose;
import io.pitstop.identity.PhoneCodeSent;
import io.pitstop.identity.Phones;
import io.pitstop.identity.Role;
import io.pitstop.identity.persistence.Account;
import io.pitstop.identity.persistence.AccountRepository;
import io.pitstop.identity.persistence.PhoneCode;
import io.pitstop.identity.persistence.PhoneCodeRepository;
import io.pitstop.notify.ChannelSender;
import io.pitstop.notify.Notifier;
import io.pitstop.notify.OutboxDispatcher;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/**
 * Proof that a person holds a phone: a 6-digit code sent by SMS through the outbox, valid for minutes, good for a few
 * attempts, stored as an HMAC only. Asking for a code answers the same whether the number is registered or not; a
 * registered number gets a message saying so instead of a code, so nobody can take over an account by "registering"
 * it, and nobody learns which numbers have one.
 */
@ApplicationScoped
public class PhoneCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PhoneCodeRepository codes;
    private final AccountRepository accounts;
    private final Notifier notifier;
    private final OutboxDispatcher dispatcher;
    private final ChannelSender sender;
    private final RateLimiter limiter;
    private final AuthRules rules;
    private final Clock clock;
    private final byte[] key;

    private final RequestLanguage language;

    public PhoneCodes(PhoneCodeRepository codes, AccountRepository accounts, Notifier notifier, OutboxDispatcher dispatcher,
                      ChannelSender sender, RateLimiter limiter, AuthRules rules, Clock clock, TokenIssuer issuer,
                      RequestLanguage language) {
        this.language = language;
        this.codes = codes;
        this.accounts = accounts;
        this.notifier = notifier;
        this.dispatcher = dispatcher;
        this.sender = sender;
        this.limiter = limiter;
        this.rules = rules;
        this.clock = clock;
        this.key = issuer.derivedSecret("phone-code");
    }

    /** Sends a code (or the "already registered" message) and answers the same in both cases. */
    public Uni<PhoneCodeSent> send(String rawPhone, PhoneCodePurpose purpose, String client) {
        String phone = Phones.require(rawPhone, "phone");
        return limiter.hit(Detail.of("problem.throttled.codes"),
                        new Bucket("code|phone|" + phone, rules.codeResend()),
                        new Bucket("code|phone-long|" + phone, rules.codesPerPhone()),
                        new Bucket("code|client|" + client, rules.codesPerClient()))
                .chain(() -> Panache.withTransaction(() -> accounts.findByPhone(phone).chain(account -> {
                    Instant now = clock.instant();
                    Instant expires = now.plus(rules.codeTtl());
                    boolean claimable = claimable(account);
                    String code = claimable ? newCode() : null;
                    PhoneCode c = new PhoneCode();
                    c.id = UUID.randomUUID();
                    c.phone = phone;
                    c.purpose = purpose.name();
                    c.codeHash = code == null ? null : hash(phone, purpose.name(), code);
                    c.client = client;
                    c.createdAt = now;
                    c.expiresAt = expires;
                    // Nobody's account yet: the text is in the language the app asking for it speaks.
                    Uni<UUID> message = code != null
                            ? notifier.sendToPhone(phone, NotificationKind.PHONE_CODE, Map.of("code", code,
                                    "minutes", String.valueOf(rules.codeTtl().toMinutes()), "validFor", rules.codeTtl().toString()),
                                    language.get(), expires, true)
                            : notifier.sendToPhone(phone, NotificationKind.PHONE_ALREADY_REGISTERED, Map.of(), language.get(),
                                    expires, false);
                    // A new code replaces any earlier one: only the newest can be entered.
                    return codes.retireOpen(phone, purpose.name(), now)
                            .chain(() -> codes.persist(c))
                            .chain(() -> message);
                })))
                .call(dispatcher::dispatchNow)
                .map(id -> new PhoneCodeSent(Phones.mask(phone), rules.codeTtl().toSeconds(),
                        rules.codeResend().window().toSeconds(), !sender.delivers()));
    }

    /**
     * Uses up the phone's code in the caller's transaction, or fails with a 400 on "code" (and the wrong attempt is
     * counted by {@link #countWrongAttempt}, in a transaction of its own, since the caller's rolls back).
     */
    public Uni<Void> consume(String phone, PhoneCodePurpose purpose, String code) {
        Instant now = clock.instant();
        return codes.latestUsableForUpdate(phone, purpose.name(), now).chain(c -> {
            if (c == null || c.codeHash == null || c.attempts >= rules.codeAttempts()) {
                return Uni.createFrom().failure(new WrongCode(null));
            }
            if (!MessageDigest.isEqual(c.codeHash.getBytes(StandardCharsets.US_ASCII),
                    hash(phone, purpose.name(), code).getBytes(StandardCharsets.US_ASCII))) {
                return Uni.createFrom().failure(new WrongCode(c.id));
            }
            c.consumedAt = now;
            return Uni.createFrom().voidItem();
        });
    }

    public Uni<Void> countWrongAttempt(WrongCode wrong) {
        return wrong.codeId == null ? Uni.createFrom().voidItem()
                : Panache.withTransaction(() -> codes.countWrongAttempt(wrong.codeId)).replaceWithVoid();
    }

    public Uni<Long> forgetExpired(Instant before) {
        return Panache.withTransaction(() -> codes.deleteExpiredBefore(before));
    }

    /** Nobody has the number, or only a customer that staff opened for a phone or walk-in booking (no password). */
    static boolean claimable(Account account) {
        return account == null || (account.role == Role.CUSTOMER && account.passwordHash == null && account.active);
    }

    private String hash(String phone, String purpose, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((phone + "|" + purpose + "|" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /** A wrong, expired, used-up or never-sent code: all look the same to the caller. */
    public static final class WrongCode extends InvalidInputException {
        final UUID codeId;

        WrongCode(UUID codeId) {
            super("code", "is wrong or has expired; ask for a new code");
            this.codeId = codeId;
        }
    }
}

package io.pitstop.booking.service;

import io.pitstop.booking.AppointmentView;
import io.pitstop.booking.BookingRequest;
import io.pitstop.booking.Channel;
import io.pitstop.common.Detail;
import io.pitstop.common.Digests;
import io.pitstop.common.DomainException;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.limits.Limit;
import io.pitstop.common.limits.RateLimiter;
import io.pitstop.booking.persistence.IdempotencyRepository;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Role;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.UUID;

/**
 * Bookings coming in (预约), through the app, the web, the phone, a walk-in or a partner application: each through the
 * channels its caller may use, within the horizon, at a human pace, and once per Idempotency-Key, a retry answering
 * the first result. The booking itself is placed by {@link BookingPlacement}.
 */
@ApplicationScoped
public class BookingIntake {

    /** A booking's view, and whether it answers a retried request (same idempotency key) rather than a new one. */
    public record Booked(AppointmentView view, boolean replayed) {
    }

    private final BookingPlacement placement;
    private final BookingViews views;
    private final IdempotencyRepository idempotency;
    private final RateLimiter limiter;
    private final BookingRules rules;
    private final Clock clock;

    public BookingIntake(BookingPlacement placement, BookingViews views, IdempotencyRepository idempotency,
                         RateLimiter limiter, BookingRules rules, Clock clock) {
        this.placement = placement;
        this.views = views;
        this.idempotency = idempotency;
        this.limiter = limiter;
        this.rules = rules;
        this.clock = clock;
    }

    public Uni<Booked> book(Caller caller, BookingRequest req, String idempotencyKey, String client) {
        checkChannel(caller.role(), req.channel());
        BookingWindow.requireWithinHorizon(req.start().toInstant(), clock.instant(), rules.horizon(), "start");
        String hash = requestHash(req);
        // A new booking's answer is built in its transaction from what placing it read; only a replayed request reads
        // its booking again, after the commit.
        return limit(caller, client).chain(() -> Panache.withTransaction(() -> {
            if (idempotencyKey == null) {
                return placement.place(caller, req).chain(this::answer);
            }
            return idempotency.lock(caller.subject(), idempotencyKey)
                    .chain(() -> idempotency.find(caller.subject(), idempotencyKey))
                    .chain(previous -> {
                        if (previous == null) {
                            return placement.place(caller, req).call(p -> idempotency.remember(caller.subject(), idempotencyKey, hash,
                                    p.appointment().id, clock.instant())).chain(this::answer);
                        }
                        if (!previous.requestHash().equals(hash)) {
                            return Uni.createFrom().failure(new IdempotencyKeyReused());
                        }
                        return Uni.createFrom().item(new Outcome(null, previous.appointmentId()));
                    });
        })).chain(o -> o.booked() != null ? Uni.createFrom().item(o.booked())
                : Panache.withSession(() -> views.byId(o.replayOf()).map(v -> new Booked(v, true))));
    }

    /** A new booking's view, or the booking a retry answers (read after the commit). */
    private record Outcome(Booked booked, UUID replayOf) {
    }

    private Uni<Outcome> answer(BookingPlacement.Placed p) {
        return Uni.createFrom().item(new Outcome(new Booked(p.view(), false), null));
    }

    /**
     * Owners and partner applications book at a human pace: attempts are counted per account (a partner: ten times as
     * many) and per client address. Staff booking for callers and walk-ins are not limited.
     */
    private Uni<Void> limit(Caller caller, String client) {
        if (caller.role().isStaff()) {
            return Uni.createFrom().voidItem();
        }
        Limit perAccount = rules.attemptsPerAccount();
        if (caller.isPartner()) {
            perAccount = new Limit(perAccount.max() * 10, perAccount.window());
        }
        return limiter.hit(Detail.of("problem.throttled.bookings"),
                new RateLimiter.Bucket("booking|account|" + caller.subject(), perAccount),
                new RateLimiter.Bucket("booking|client|" + client, rules.attemptsPerClient()));
    }

    /** Owners book in the app or on the web, partners as partners, staff through any channel but a partner's. */
    static void checkChannel(Role role, Channel channel) {
        boolean ok = switch (role) {
            case CUSTOMER -> channel == Channel.APP || channel == Channel.WEB;
            case PARTNER -> channel == Channel.PARTNER;
            default -> channel != Channel.PARTNER;
        };
        if (!ok) {
            throw new InvalidInputException("channel", Detail.of("problem.booking.channel-not-yours"));
        }
    }

    /** What makes two requests the same booking: a retry sends the same; anything else under the same key is refused. */
    static String requestHash(BookingRequest r) {
        String canonical = String.join("\u0001", String.valueOf(r.vehicleId()), String.valueOf(r.customerPhone()),
                String.valueOf(r.plate()), r.serviceType(), r.start().toInstant().toString(), r.faultDescription(),
                String.valueOf(r.channel()), Boolean.toString(r.emergency()), String.valueOf(r.mileageKm()),
                String.valueOf(r.handover()));
        return Digests.sha256Hex(canonical);
    }

    /** The same Idempotency-Key came with a different request. */
    public static final class IdempotencyKeyReused extends DomainException {
        public IdempotencyKeyReused() {
            super(422, "idempotency-key-reused", "Idempotency key reused", Detail.of("problem.booking.idempotency-key-reused"), null);
        }
    }
}

package io.pitstop.feedback.service;

import io.pitstop.common.Texts;
import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.NotFoundException;
import io.pitstop.feedback.RatingRequest;
import io.pitstop.feedback.RatingView;
import io.pitstop.feedback.Satisfaction;
import io.pitstop.feedback.persistence.Rating;
import io.pitstop.feedback.persistence.RatingRepository;
import io.pitstop.identity.Caller;
import io.pitstop.repair.RepairOrderRef;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.service.RepairLookup;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The owner's rating of a delivered visit (满意度评价): once per order, changeable for 24 hours, a low one raised to
 * customer service at once. The owner and the staff read it; another customer's order does not exist for them.
 */
@ApplicationScoped
public class VisitRatings {

    /** How long the owner may change their rating. */
    public static final Duration EDITABLE_FOR = Duration.ofHours(24);

    private final RatingRepository ratings;
    private final RepairLookup orders;
    private final RatingViews views;
    private final FeedbackNotices notices;
    private final Clock clock;

    public VisitRatings(RatingRepository ratings, RepairLookup orders, RatingViews views, FeedbackNotices notices, Clock clock) {
        this.ratings = ratings;
        this.orders = orders;
        this.views = views;
        this.notices = notices;
        this.clock = clock;
    }

    public Uni<RatingView> rate(Caller caller, UUID orderId, RatingRequest req) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> order(caller, orderId).chain(o -> {
            if (o.status() != RepairStatus.DELIVERED) {
                throw new ConflictException("not-delivered", Detail.of("problem.rating.not-delivered", Map.of("status", o.status().name())));
            }
            return ratings.findById(o.id()).chain(existing -> {
                if (existing != null) {
                    throw new ConflictException("already-rated", Detail.of("problem.rating.already-rated",
                            Map.of("editableFor", EDITABLE_FOR.toString())));
                }
                Rating r = given(o, req, now);
                // The primary key is the order: of two concurrent first ratings, the second fails at the flush (409).
                return ratings.persist(r).call(ratings::flush)
                        .chain(() -> r.low ? notices.lowRating(o, r) : Uni.createFrom().voidItem())
                        .chain(() -> views.view(r, o, now));
            });
        }));
    }

    public Uni<RatingView> change(Caller caller, UUID orderId, RatingRequest req) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> order(caller, orderId).chain(o -> ratings.findForUpdate(o.id()).chain(r -> {
            if (r == null) {
                throw new NotFoundException("rating", o.reference());
            }
            if (!now.isBefore(r.editableUntil)) {
                throw new ConflictException("rating-locked", Detail.of("problem.rating.locked", Map.of("editableFor", EDITABLE_FOR.toString())));
            }
            boolean wasLow = r.low;
            fill(r, req, now);
            return (r.low && !wasLow ? notices.lowRating(o, r) : Uni.createFrom().voidItem()).chain(() -> views.view(r, o, now));
        })));
    }

    @WithSession
    public Uni<RatingView> get(Caller caller, UUID orderId) {
        return order(caller, orderId).chain(o -> ratings.findById(o.id()).chain(r -> {
            if (r == null) {
                throw new NotFoundException("rating", o.reference());
            }
            return views.view(r, o, clock.instant());
        }));
    }

    /** The rating the owner gave of the visit at that time: the people rated are those the order names. */
    public static Rating given(RepairOrderRef o, RatingRequest req, Instant at) {
        Rating r = new Rating();
        r.orderId = o.id();
        r.customerId = o.customerId();
        r.advisorId = o.advisorId();
        r.technicianId = o.technicianId();
        r.createdAt = at;
        r.editableUntil = at.plus(EDITABLE_FOR);
        fill(r, req, at);
        return r;
    }

    private static void fill(Rating r, RatingRequest req, Instant now) {
        r.overall = req.overall().shortValue();
        r.attitude = req.attitude().shortValue();
        r.professionalism = req.professionalism().shortValue();
        r.speed = req.speed().shortValue();
        r.priceFairness = req.priceFairness().shortValue();
        r.score = Satisfaction.score(r.overall, r.attitude, r.professionalism, r.speed, r.priceFairness);
        r.low = Satisfaction.low(r.overall, r.attitude, r.professionalism, r.speed, r.priceFairness);
        r.tags = req.cleanTags().isEmpty() ? null : String.join("|", req.cleanTags());
        r.comment = Texts.optional(req.comment());
        r.updatedAt = now;
    }

    /** The owner's order (another's does not exist for them); staff read any. */
    private Uni<RepairOrderRef> order(Caller caller, UUID orderId) {
        return orders.find(orderId).map(o -> {
            if (o == null || !caller.role().isStaff() && !o.customerId().equals(caller.accountId())) {
                throw new NotFoundException("repair-order", orderId);
            }
            return o;
        });
    }
}

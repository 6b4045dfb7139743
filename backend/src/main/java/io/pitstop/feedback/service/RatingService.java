package io.pitstop.feedback.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.NotFoundException;
import io.pitstop.common.Sequential;
import io.pitstop.feedback.PersonScore;
import io.pitstop.feedback.RatedPerson;
import io.pitstop.feedback.RatingRequest;
import io.pitstop.feedback.RatingSummary;
import io.pitstop.feedback.RatingView;
import io.pitstop.feedback.Satisfaction;
import io.pitstop.feedback.persistence.Rating;
import io.pitstop.feedback.persistence.RatingRepository;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Role;
import io.pitstop.identity.persistence.Account;
import io.pitstop.identity.persistence.AccountRepository;
import io.pitstop.notify.Notifier.Recipient;
import io.pitstop.notify.Notifier;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.repair.persistence.RepairOrderRepository;
import io.pitstop.shop.ShopService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The owner's rating of a delivered visit (满意度评价): once per order, editable for 24 hours, a low one raised to
 * customer service at once; and satisfaction per advisor and technician for the staff.
 */
@ApplicationScoped
public class RatingService {

    static final Duration EDITABLE_FOR = Duration.ofHours(24);
    private static final Set<Role> READERS = EnumSet.of(Role.MANAGER, Role.CUSTOMER_SERVICE, Role.ADVISOR, Role.TEAM_LEAD);

    private final RatingRepository ratings;
    private final RepairOrderRepository orders;
    private final AccountRepository accounts;
    private final ShopService shop;
    private final Notifier notifier;
    private final Clock clock;

    public RatingService(RatingRepository ratings, RepairOrderRepository orders, AccountRepository accounts, ShopService shop,
                         Notifier notifier, Clock clock) {
        this.ratings = ratings;
        this.orders = orders;
        this.accounts = accounts;
        this.shop = shop;
        this.notifier = notifier;
        this.clock = clock;
    }

    public Uni<RatingView> rate(Caller caller, UUID orderId, RatingRequest req) {
        requireOwnerRole(caller);
        Instant now = clock.instant();
        return Panache.withTransaction(() -> ownOrder(caller, orderId).chain(o -> {
            if (o.status != RepairStatus.DELIVERED) {
                throw new ConflictException("not-delivered", "A visit is rated once the car is delivered; this order is " + o.status);
            }
            return ratings.findById(o.id).chain(existing -> {
                if (existing != null) {
                    throw new ConflictException("already-rated", "This visit is already rated; change it with PUT within 24 hours");
                }
                Rating r = new Rating();
                r.orderId = o.id;
                r.customerId = o.customerId;
                r.advisorId = o.advisorId;
                r.technicianId = o.technicianId;
                r.createdAt = now;
                r.editableUntil = now.plus(EDITABLE_FOR);
                apply(r, req, now);
                // The primary key is the order: of two concurrent first ratings, the second fails at the flush (409).
                return ratings.persist(r).call(() -> ratings.flush())
                        .chain(() -> r.low ? alertCustomerService(o, r) : Uni.createFrom().voidItem())
                        .chain(() -> view(r, o, now));
            });
        }));
    }

    public Uni<RatingView> change(Caller caller, UUID orderId, RatingRequest req) {
        requireOwnerRole(caller);
        Instant now = clock.instant();
        return Panache.withTransaction(() -> ownOrder(caller, orderId).chain(o -> ratings.findForUpdate(o.id).chain(r -> {
            if (r == null) {
                throw new NotFoundException("Rating of " + o.reference);
            }
            if (!now.isBefore(r.editableUntil)) {
                throw new ConflictException("rating-locked", "A rating can be changed for 24 hours after it was given");
            }
            boolean wasLow = r.low;
            apply(r, req, now);
            return (r.low && !wasLow ? alertCustomerService(o, r) : Uni.createFrom().voidItem()).chain(() -> view(r, o, now));
        })));
    }

    @WithSession
    public Uni<RatingView> get(Caller caller, UUID orderId) {
        Uni<RepairOrder> order = caller.role() == Role.CUSTOMER ? ownOrder(caller, orderId) : staffOrder(caller, orderId);
        return order.chain(o -> ratings.findById(o.id).chain(r -> {
            if (r == null) {
                throw new NotFoundException("Rating of " + o.reference);
            }
            return view(r, o, clock.instant());
        }));
    }

    @WithSession
    public Uni<List<RatingView>> list(Caller caller, LocalDate from, LocalDate to, Boolean low) {
        requireReader(caller);
        Instant now = clock.instant();
        return period(from, to).chain(p -> ratings.between(p[0], p[1], low)).chain(list -> orders.byIds(list.stream().map(r -> r.orderId).toList())
                .chain(os -> {
                    Map<UUID, RepairOrder> byId = os.stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
                    return views(list, byId, now);
                }));
    }

    @WithSession
    public Uni<RatingSummary> summary(Caller caller, LocalDate from, LocalDate to) {
        requireReader(caller);
        return period(from, to).chain(p -> ratings.between(p[0], p[1], null)).chain(list -> {
            Set<UUID> people = list.stream().flatMap(r -> Stream.of(r.advisorId, r.technicianId)).filter(Objects::nonNull).collect(Collectors.toSet());
            return (people.isEmpty() ? Uni.createFrom().item(List.<Account>of()) : accounts.list("id in ?1", people)).map(accs -> {
                Map<UUID, String> names = accs.stream().collect(Collectors.toMap(a -> a.id, a -> a.name));
                return new RatingSummary(list.size(), mean(list), list.stream().filter(r -> r.low).count(), Satisfaction.TARGET,
                        perPerson(list, r -> r.advisorId, names), perPerson(list, r -> r.technicianId, names));
            });
        });
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private static void apply(Rating r, RatingRequest req, Instant now) {
        r.overall = req.overall().shortValue();
        r.attitude = req.attitude().shortValue();
        r.professionalism = req.professionalism().shortValue();
        r.speed = req.speed().shortValue();
        r.priceFairness = req.priceFairness().shortValue();
        r.score = Satisfaction.score(r.overall, r.attitude, r.professionalism, r.speed, r.priceFairness);
        r.low = Satisfaction.low(r.overall, r.attitude, r.professionalism, r.speed, r.priceFairness);
        r.tags = req.cleanTags().isEmpty() ? null : String.join("|", req.cleanTags());
        r.comment = req.comment() == null || req.comment().isBlank() ? null : req.comment().strip();
        r.updatedAt = now;
    }

    /** Customer service hears of a low rating at once, by SMS too: the owner is unhappy now. */
    private Uni<Void> alertCustomerService(RepairOrder o, Rating r) {
        return accounts.findById(o.customerId).chain(customer -> accounts.activeWith(Role.CUSTOMER_SERVICE, Role.MANAGER).chain(staff -> {
            Map<String, String> p = Map.of("reference", o.reference, "customerName", customer.name, "overall", Short.toString(r.overall),
                    "score", r.score.toPlainString());
            String text = "低分评价：工单 " + o.reference + "（" + customer.name + "）总体 " + r.overall + " 星，满意度 " + r.score.toPlainString()
                    + "，请立即联系客户。";
            return Sequential.each(staff, a -> notifier.send(a.role == Role.CUSTOMER_SERVICE ? new Recipient(a.id, a.phone)
                    : Recipient.inAppOnly(a.id), "RATING_LOW", p, text, o.appointmentId, o.id));
        }));
    }

    private Uni<RepairOrder> ownOrder(Caller caller, UUID orderId) {
        return orders.findById(orderId).map(o -> {
            if (o == null || !o.customerId.equals(caller.accountId())) {
                throw new NotFoundException("Repair order " + orderId);
            }
            return o;
        });
    }

    private Uni<RepairOrder> staffOrder(Caller caller, UUID orderId) {
        if (!caller.role().isStaff()) {
            throw new ForbiddenException("Ratings are read by the owner and the staff");
        }
        return orders.findById(orderId).map(o -> {
            if (o == null) {
                throw new NotFoundException("Repair order " + orderId);
            }
            return o;
        });
    }

    private Uni<RatingView> view(Rating r, RepairOrder o, Instant now) {
        return views(List.of(r), Map.of(o.id, o), now).map(list -> list.get(0));
    }

    private Uni<List<RatingView>> views(List<Rating> list, Map<UUID, RepairOrder> orderById, Instant now) {
        if (list.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<UUID> people = list.stream().flatMap(r -> Stream.of(r.advisorId, r.technicianId, r.customerId))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        return shop.zone().chain(zone -> accounts.list("id in ?1", people).map(accs -> {
            Map<UUID, Account> byId = accs.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
            return list.stream().map(r -> view(r, orderById.get(r.orderId), byId, zone, now)).toList();
        }));
    }

    private static RatingView view(Rating r, RepairOrder o, Map<UUID, Account> people, ZoneId zone, Instant now) {
        Account advisor = people.get(r.advisorId);
        Account tech = r.technicianId == null ? null : people.get(r.technicianId);
        return new RatingView(r.orderId.toString(), o.reference, r.overall, r.attitude, r.professionalism, r.speed, r.priceFairness,
                r.tags == null ? List.of() : Arrays.asList(r.tags.split("\\|")), r.comment, r.score, r.low, r.low,
                now.isBefore(r.editableUntil), r.editableUntil.atZone(zone).toOffsetDateTime(), r.createdAt.atZone(zone).toOffsetDateTime(),
                r.updatedAt.atZone(zone).toOffsetDateTime(), new RatedPerson(advisor.id.toString(), advisor.name),
                tech == null ? null : new RatedPerson(tech.id.toString(), tech.name), people.get(r.customerId).name);
    }

    /** [from, to) of days in the shop's zone; by default the last 30 days. */
    private Uni<Instant[]> period(LocalDate from, LocalDate to) {
        return shop.zone().map(zone -> {
            LocalDate today = LocalDate.now(clock.withZone(zone));
            LocalDate f = from != null ? from : today.minusDays(29);
            LocalDate t = to != null ? to : today;
            if (t.isBefore(f)) {
                throw new io.pitstop.common.InvalidInputException("to", "must not be before from");
            }
            return new Instant[]{f.atStartOfDay(zone).toInstant(), t.plusDays(1).atStartOfDay(zone).toInstant()};
        });
    }

    private static List<PersonScore> perPerson(List<Rating> list, Function<Rating, UUID> who, Map<UUID, String> names) {
        return list.stream().filter(r -> who.apply(r) != null).collect(Collectors.groupingBy(who)).entrySet().stream()
                .map(e -> new PersonScore(e.getKey().toString(), names.getOrDefault(e.getKey(), "?"), e.getValue().size(), mean(e.getValue()),
                        e.getValue().stream().filter(r -> r.low).count()))
                .sorted(Comparator.comparing(PersonScore::score).thenComparing(PersonScore::name))
                .toList();
    }

    static BigDecimal mean(List<Rating> list) {
        if (list.isEmpty()) {
            return null;
        }
        return list.stream().map(r -> r.score).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(list.size()), 2, RoundingMode.HALF_UP);
    }

    private static void requireOwnerRole(Caller caller) {
        if (caller.role() != Role.CUSTOMER) {
            throw new ForbiddenException("The car's owner rates the visit");
        }
    }

    private static void requireReader(Caller caller) {
        if (!READERS.contains(caller.role())) {
            throw new ForbiddenException("Ratings are for managers, customer service, advisors and team leads");
        }
    }
}

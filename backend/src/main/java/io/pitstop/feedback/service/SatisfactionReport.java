package io.pitstop.feedback.service;

import io.pitstop.common.Paging;
import io.pitstop.feedback.PersonScore;
import io.pitstop.feedback.RatingSummary;
import io.pitstop.feedback.RatingView;
import io.pitstop.feedback.Satisfaction;
import io.pitstop.feedback.persistence.Rating;
import io.pitstop.feedback.persistence.RatingRepository;
import io.pitstop.identity.Person;
import io.pitstop.identity.service.People;
import io.pitstop.repair.RepairOrderRef;
import io.pitstop.repair.service.RepairLookup;
import io.pitstop.shop.ShopService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Satisfaction over a period (by default the last 30 days): the ratings, and the score of the shop and of each advisor and technician. */
@ApplicationScoped
public class SatisfactionReport {

    private final RatingRepository ratings;
    private final RepairLookup orders;
    private final People people;
    private final RatingViews views;
    private final ShopService shop;
    private final Clock clock;

    public SatisfactionReport(RatingRepository ratings, RepairLookup orders, People people, RatingViews views, ShopService shop, Clock clock) {
        this.ratings = ratings;
        this.orders = orders;
        this.people = people;
        this.views = views;
        this.shop = shop;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<RatingView>> list(LocalDate from, LocalDate to, Boolean low, Paging.Page page) {
        return ratingsIn(from, to, low).map(page::of).chain(list -> orders.byIds(list.stream().map(r -> r.orderId).toList())
                .chain(os -> views.views(list, os.stream().collect(Collectors.toMap(RepairOrderRef::id, Function.identity())), clock.instant())));
    }

    @WithSession
    public Uni<RatingSummary> summary(LocalDate from, LocalDate to) {
        return ratingsIn(from, to, null).chain(list -> people.byIds(list.stream().flatMap(r -> Stream.of(r.advisorId, r.technicianId)).toList())
                .map(byId -> new RatingSummary(list.size(), mean(list), list.stream().filter(r -> r.low).count(), Satisfaction.TARGET,
                        perPerson(list, r -> r.advisorId, byId), perPerson(list, r -> r.technicianId, byId))));
    }

    private Uni<List<Rating>> ratingsIn(LocalDate from, LocalDate to, Boolean low) {
        return shop.zone().map(zone -> {
            LocalDate today = LocalDate.now(clock.withZone(zone));
            return ReportPeriod.of(from, to, today.minusDays(29), today, zone);
        }).chain(p -> ratings.between(p.start(), p.end(), low));
    }

    private static List<PersonScore> perPerson(List<Rating> list, Function<Rating, UUID> who, Map<UUID, Person> people) {
        return list.stream().filter(r -> who.apply(r) != null).collect(Collectors.groupingBy(who)).entrySet().stream()
                .map(e -> new PersonScore(e.getKey().toString(), people.containsKey(e.getKey()) ? people.get(e.getKey()).name() : "?",
                        e.getValue().size(), mean(e.getValue()), e.getValue().stream().filter(r -> r.low).count()))
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
}

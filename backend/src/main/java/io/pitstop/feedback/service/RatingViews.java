package io.pitstop.feedback.service;

import io.pitstop.common.Times;
import io.pitstop.feedback.RatedPerson;
import io.pitstop.feedback.RatingView;
import io.pitstop.feedback.persistence.Rating;
import io.pitstop.identity.Person;
import io.pitstop.identity.service.People;
import io.pitstop.repair.RepairOrderRef;
import io.pitstop.shop.ShopService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** Ratings as the owner and the staff read them: with the order's reference and the people rated, named. */
@ApplicationScoped
public class RatingViews {

    private final People people;
    private final ShopService shop;

    public RatingViews(People people, ShopService shop) {
        this.people = people;
        this.shop = shop;
    }

    public Uni<RatingView> view(Rating r, RepairOrderRef o, Instant now) {
        return views(List.of(r), Map.of(o.id(), o), now).map(list -> list.get(0));
    }

    public Uni<List<RatingView>> views(List<Rating> list, Map<UUID, RepairOrderRef> orders, Instant now) {
        if (list.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return shop.zone().chain(zone -> people.byIds(list.stream().flatMap(r -> Stream.of(r.advisorId, r.technicianId, r.customerId)).toList())
                .map(byId -> list.stream().map(r -> view(r, orders.get(r.orderId), byId, zone, now)).toList()));
    }

    private static RatingView view(Rating r, RepairOrderRef o, Map<UUID, Person> people, ZoneId zone, Instant now) {
        return new RatingView(r.orderId.toString(), o.reference(), r.overall, r.attitude, r.professionalism, r.speed, r.priceFairness,
                r.tags == null ? List.of() : Arrays.asList(r.tags.split("\\|")), r.comment, r.score, r.low, r.low,
                now.isBefore(r.editableUntil), Times.at(r.editableUntil, zone), Times.at(r.createdAt, zone), Times.at(r.updatedAt, zone),
                rated(people.get(r.advisorId)), r.technicianId == null ? null : rated(people.get(r.technicianId)),
                people.get(r.customerId).name());
    }

    static RatedPerson rated(Person p) {
        return p == null ? null : new RatedPerson(p.id().toString(), p.name());
    }
}

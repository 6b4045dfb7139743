package io.pitstop.feedback.service;

import io.pitstop.booking.VehicleView;
import io.pitstop.booking.service.VehicleService;
import io.pitstop.common.Times;
import io.pitstop.feedback.CallAttemptView;
import io.pitstop.feedback.CallProblemView;
import io.pitstop.feedback.CallStatus;
import io.pitstop.feedback.FollowUpCallView;
import io.pitstop.feedback.persistence.FollowUpAttempt;
import io.pitstop.feedback.persistence.FollowUpAttemptRepository;
import io.pitstop.feedback.persistence.FollowUpCall;
import io.pitstop.feedback.persistence.Rating;
import io.pitstop.feedback.persistence.RatingRepository;
import io.pitstop.identity.Person;
import io.pitstop.identity.service.People;
import io.pitstop.repair.RepairOrderRef;
import io.pitstop.repair.service.RepairLookup;
import io.pitstop.shop.ShopService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Follow-up calls as the caller sees them: the car and the customer's phone, the visit's rating, the problem and every attempt. */
@ApplicationScoped
public class FollowUpViews {

    private final FollowUpAttemptRepository attempts;
    private final RatingRepository ratings;
    private final RepairLookup orders;
    private final VehicleService vehicles;
    private final People people;
    private final ShopService shop;

    public FollowUpViews(FollowUpAttemptRepository attempts, RatingRepository ratings, RepairLookup orders, VehicleService vehicles,
                         People people, ShopService shop) {
        this.attempts = attempts;
        this.ratings = ratings;
        this.orders = orders;
        this.vehicles = vehicles;
        this.people = people;
        this.shop = shop;
    }

    /** What a call and the things it names look like, read together. */
    private record Context(ZoneId zone, Instant now, Map<UUID, RepairOrderRef> orders, Map<UUID, VehicleView> cars,
                           Map<UUID, Rating> ratings, Map<UUID, List<FollowUpAttempt>> log, Map<UUID, Person> people) {
    }

    public Uni<FollowUpCallView> view(FollowUpCall call, Instant now) {
        return views(List.of(call), now).map(list -> list.get(0));
    }

    public Uni<List<FollowUpCallView>> views(List<FollowUpCall> list, Instant now) {
        if (list.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> orderIds = list.stream().map(c -> c.orderId).toList();
        return shop.zone().chain(zone -> orders.byIds(orderIds).chain(os -> vehicles.byIds(os.stream().map(RepairOrderRef::vehicleId).toList())
                .chain(cars -> ratings.list("orderId in ?1", orderIds).chain(rs -> attempts.of(list.stream().map(c -> c.id).toList())
                        .chain(log -> people.byIds(Stream.concat(list.stream().flatMap(c -> Stream.of(c.customerId, c.assigneeId,
                                c.problemOwnerId)), os.stream().map(RepairOrderRef::advisorId)).toList()).map(byId -> {
                            Context x = new Context(zone, now, os.stream().collect(Collectors.toMap(RepairOrderRef::id, Function.identity())),
                                    cars, rs.stream().collect(Collectors.toMap(r -> r.orderId, Function.identity())),
                                    log.stream().collect(Collectors.groupingBy(a -> a.callId)), byId);
                            return list.stream().map(c -> view(c, x)).toList();
                        }))))));
    }

    private static FollowUpCallView view(FollowUpCall c, Context x) {
        ZoneId zone = x.zone();
        RepairOrderRef o = x.orders().get(c.orderId);
        VehicleView v = x.cars().get(o.vehicleId());
        Person customer = x.people().get(c.customerId);
        Rating r = x.ratings().get(c.orderId);
        LocalDate today = x.now().atZone(zone).toLocalDate();
        boolean open = c.status == CallStatus.OPEN;
        return new FollowUpCallView(c.id.toString(), o.id().toString(), o.reference(), v.plate(), v.make() + " " + v.model(),
                new FollowUpCallView.CustomerContact(customer.id().toString(), customer.name(), customer.phone()),
                x.people().get(o.advisorId()).name(), Times.at(o.deliveredAt(), zone), Times.at(c.availableFrom, zone),
                Times.at(c.dueAt, zone), c.status, c.attempts, c.nextAttemptOn,
                open && !x.now().isBefore(c.availableFrom) && !today.isBefore(c.nextAttemptOn), open && x.now().isAfter(c.dueAt),
                RatingViews.rated(x.people().get(c.assigneeId)), c.satisfaction == null ? null : c.satisfaction.intValue(), c.notes,
                r == null ? null : r.score,
                c.problem == null ? null : new CallProblemView(c.problem, RatingViews.rated(x.people().get(c.problemOwnerId)),
                        Times.at(c.problemDueAt, zone), Times.at(c.problemResolvedAt, zone), c.problemResolution,
                        c.problemResolvedAt == null && x.now().isAfter(c.problemDueAt)),
                x.log().getOrDefault(c.id, List.of()).stream()
                        .map(a -> new CallAttemptView(Times.at(a.at, zone), a.byName, a.outcome, a.notes)).toList());
    }
}

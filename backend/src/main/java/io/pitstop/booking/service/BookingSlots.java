package io.pitstop.booking.service;

import io.pitstop.booking.AvailabilityView;
import io.pitstop.booking.SlotFullException;
import io.pitstop.booking.persistence.Appointment;
import io.pitstop.booking.persistence.AppointmentRepository;
import io.pitstop.booking.persistence.VehicleRepository;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.Times;
import io.pitstop.shop.ShopSchedule;
import io.pitstop.shop.ShopService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The shop's bookable start times: which are open (availability), and taking one for a booking or a new time of it,
 * under the day's lock so that the capacity check and the change happen as one step. One car, one place: a vehicle
 * never holds two live bookings that overlap.
 */
@ApplicationScoped
public class BookingSlots {

    /** The slot taken, with the schedule and service type it was taken against. */
    public record Taken(ShopSchedule schedule, ShopSchedule.ServiceInfo type, Availability.Slot slot) {
    }

    private final ShopService shop;
    private final AppointmentRepository appointments;
    private final VehicleRepository vehicles;
    private final BookingRules rules;
    private final Clock clock;

    public BookingSlots(ShopService shop, AppointmentRepository appointments, VehicleRepository vehicles, BookingRules rules,
                        Clock clock) {
        this.shop = shop;
        this.appointments = appointments;
        this.vehicles = vehicles;
        this.rules = rules;
        this.clock = clock;
    }

    /** Bookable starts of a service over a few days (an emergency: within the next window), up to the horizon. */
    @WithSession
    public Uni<AvailabilityView> availability(String serviceType, LocalDate from, LocalDate to, boolean emergency) {
        return shop.schedule().chain(schedule -> {
            ShopSchedule.ServiceInfo type = offered(schedule, serviceType);
            Instant now = clock.instant();
            Instant opens = emergency ? schedule.workClock().nextOpen(now) : now;
            LocalDate first = emergency ? opens.atZone(schedule.zone()).toLocalDate() : from;
            LocalDate last = emergency ? first : to;
            if (!emergency) {
                BookingWindow.requireRange(first, last, rules.maxRangeDays());
            }
            Instant latest = now.plus(rules.horizon());
            LocalDate horizon = latest.atZone(schedule.zone()).toLocalDate();
            if (first.isAfter(horizon)) {
                return Uni.createFrom().item(new AvailabilityView(type.code(), type.durationMinutes(), schedule.zone().getId(), List.of()));
            }
            LocalDate until = last.isAfter(horizon) ? horizon : last;
            Uni<String> rescueLine = emergency ? shop.emergencyPhone() : Uni.createFrom().nullItem();
            return busyBetween(schedule, type, first, until.plusDays(1))
                    .map(busy -> Availability.slots(schedule, type, busy, now, rules.availabilityRules(), first, until, emergency)
                            .stream().filter(slot -> !slot.start().toInstant().isAfter(latest)).map(SlotChoice::view).toList())
                    .chain(slots -> rescueLine.map(phone -> new AvailabilityView(type.code(), type.durationMinutes(),
                            schedule.zone().getId(), slots, opens.isAfter(now) ? Times.at(opens, schedule.zone()) : null, phone)));
        });
    }

    /** A slot of a service the shop offers, for a new booking of the vehicle; in the caller's transaction. */
    public Uni<Taken> take(String serviceType, UUID vehicleId, Instant start, boolean emergency) {
        return shop.schedule().chain(schedule -> take(schedule, offered(schedule, serviceType), vehicleId, start, emergency, null));
    }

    /** A slot at the new start for a booking that moves; its own place does not count as taken. */
    public Uni<Taken> move(Appointment a, Instant start) {
        return shop.schedule().chain(schedule -> take(schedule, schedule.serviceTypes().get(a.serviceType), a.vehicleId, start,
                a.emergency, a));
    }

    private Uni<Taken> take(ShopSchedule schedule, ShopSchedule.ServiceInfo type, UUID vehicleId, Instant start,
                            boolean emergency, Appointment moving) {
        Instant end = start.plus(Duration.ofMinutes(type.durationMinutes()));
        LocalDate day = start.atZone(schedule.zone()).toLocalDate();
        UUID except = moving == null ? null : moving.id;
        return appointments.lockDay(day)
                .chain(() -> busyBetween(schedule, type, day.minusDays(2), day.plusDays(3)))
                .chain(busy -> appointments.liveOfVehicleBetween(vehicleId, day.minusDays(2).atStartOfDay(schedule.zone()).toInstant(),
                        day.plusDays(3).atStartOfDay(schedule.zone()).toInstant(), except).chain(carBookings -> {
                    List<Availability.Busy> others = moving == null ? busy : busy.stream().filter(b -> !(b.bayId().equals(moving.bayId)
                            && b.start().equals(moving.startsAt) && b.end().equals(moving.endsAt))).toList();
                    List<Availability.Busy> carBusy = carBookings.stream()
                            .map(a -> new Availability.Busy(a.bayId, a.startsAt, a.endsAt)).toList();
                    Appointment clash = carBookings.stream().filter(a -> a.startsAt.isBefore(end) && a.endsAt.isAfter(start))
                            .findFirst().orElse(null);
                    if (clash != null) {
                        return vehicleAlreadyBooked(vehicleId, clash, SlotChoice.alternatives(schedule, type, others, carBusy, start,
                                emergency, clock.instant(), rules.availabilityRules()));
                    }
                    return Uni.createFrom().item(new Taken(schedule, type, SlotChoice.pick(schedule, type, others, carBusy, start,
                            emergency, clock.instant(), rules.availabilityRules())));
                }));
    }

    /** The car is already booked for an overlapping time: one car, one place; the nearest times it is free are offered. */
    private <T> Uni<T> vehicleAlreadyBooked(UUID vehicleId, Appointment other, List<io.pitstop.booking.SlotView> alternatives) {
        return vehicles.findById(vehicleId).map(v -> {
            throw new SlotFullException("vehicle-already-booked", "Vehicle already booked", Detail.of(
                    "problem.booking.vehicle-already-booked", Map.of("plate", v.plate, "reference", other.reference)), alternatives);
        });
    }

    private Uni<List<Availability.Busy>> busyBetween(ShopSchedule schedule, ShopSchedule.ServiceInfo type, LocalDate from, LocalDate until) {
        List<UUID> bayIds = schedule.baysFor(type.skill()).stream().map(ShopSchedule.BayInfo::id).toList();
        return appointments.liveOverlapping(bayIds, from.atStartOfDay(schedule.zone()).toInstant(),
                        until.atStartOfDay(schedule.zone()).toInstant())
                .map(list -> list.stream().map(a -> new Availability.Busy(a.bayId, a.startsAt, a.endsAt)).toList());
    }

    /** A service type the shop offers (active), or a 400 on the field that named it. */
    private static ShopSchedule.ServiceInfo offered(ShopSchedule schedule, String code) {
        ShopSchedule.ServiceInfo type = code == null ? null : schedule.serviceTypes().get(code);
        if (type == null || !type.active()) {
            throw new InvalidInputException("serviceType", Detail.of("problem.booking.unknown-service-type"));
        }
        return type;
    }
}

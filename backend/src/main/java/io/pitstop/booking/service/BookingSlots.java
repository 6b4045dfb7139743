package io.pitstop.booking.service;

import io.pitstop.booking.AvailabilityView;
import io.pitstop.booking.SlotFullException;
import io.pitstop.booking.persistence.Appointment;
import io.pitstop.booking.persistence.AppointmentRepository;
import io.pitstop.booking.persistence.BayTimes;
import io.pitstop.booking.persistence.VehicleRepository;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.Times;
import io.pitstop.shop.ShopSchedule;
import io.pitstop.shop.ShopService;
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
 * The shop's bookable start times: which are open (availability), and taking one for a booking or a new time of it.
 * One car, one place: a vehicle never holds two live bookings that overlap.
 */
@ApplicationScoped
public class BookingSlots {

    /** The slot taken, with the schedule and type it was taken against and the car's other bookings around it (for a 409). */
    public record Taken(ShopSchedule schedule, ShopSchedule.ServiceInfo type, Availability.Slot slot,
                        List<Availability.Busy> carBusy) {
    }

    private final ShopService shop;
    private final AppointmentRepository appointments;
    private final BayTimes bayTimes;
    private final VehicleRepository vehicles;
    private final BookingRules rules;
    private final Clock clock;

    public BookingSlots(ShopService shop, AppointmentRepository appointments, BayTimes bayTimes, VehicleRepository vehicles,
                        BookingRules rules, Clock clock) {
        this.shop = shop;
        this.appointments = appointments;
        this.bayTimes = bayTimes;
        this.vehicles = vehicles;
        this.rules = rules;
        this.clock = clock;
    }

    /** Bookable starts over a few days (an emergency: the next window) to the horizon: the schedule in memory, one query. */
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
            List<UUID> bayIds = schedule.baysFor(type.skill()).stream().map(ShopSchedule.BayInfo::id).toList();
            return bayTimes.liveOverlapping(bayIds, first.atStartOfDay(schedule.zone()).toInstant(),
                            until.plusDays(1).atStartOfDay(schedule.zone()).toInstant())
                    .map(held -> held.stream().map(h -> new Availability.Busy(h.bayId(), h.start(), h.end())).toList())
                    .map(busy -> Availability.slots(schedule, type, busy, now, rules.availabilityRules(), first, until, emergency)
                            .stream().filter(slot -> !slot.start().toInstant().isAfter(latest)).map(SlotChoice::view).toList())
                    .chain(slots -> rescueLine.map(phone -> new AvailabilityView(type.code(), type.durationMinutes(),
                            schedule.zone().getId(), slots, opens.isAfter(now) ? Times.at(opens, schedule.zone()) : null, phone)));
        });
    }

    /**
     * A slot of a service the shop offers for a new booking of the vehicle, in the caller's transaction, read without
     * any lock: a start that is not bookable (most attempts at a contested time) is refused at once. The booking is
     * then placed by {@link BookingCapacity}, which checks the capacity again under the locks.
     */
    public Uni<Taken> take(String serviceType, UUID vehicleId, Instant start, boolean emergency) {
        return shop.schedule().chain(schedule -> take(schedule, offered(schedule, serviceType), vehicleId, start, emergency, null));
    }

    /**
     * A slot at the new start for a booking that moves; its own place does not count as taken. Under the capacity
     * locks of the new day (taken first), so the check and the caller's update happen as one step.
     */
    public Uni<Taken> move(Appointment a, Instant start) {
        return shop.schedule().chain(schedule -> {
            ShopSchedule.ServiceInfo type = schedule.serviceTypes().get(a.serviceType);
            return appointments.lockCapacity(start.atZone(schedule.zone()).toLocalDate(), BookingCapacity.skillsSharing(schedule, type))
                    .chain(() -> take(schedule, type, a.vehicleId, start, a.emergency, a));
        });
    }

    /** The start is full: a 409 offering the nearest bookable starts over two days either side, as they are now. */
    <T> Uni<T> full(ShopSchedule schedule, ShopSchedule.ServiceInfo type, Instant start, boolean emergency,
                    List<Availability.Busy> carBusy, Appointment moving) {
        LocalDate day = start.atZone(schedule.zone()).toLocalDate();
        return busyBetween(schedule, type, day.minusDays(2), day.plusDays(3)).map(busy -> {
            throw SlotChoice.full(schedule, type, others(busy, moving), carBusy, start, emergency, clock.instant(),
                    rules.availabilityRules());
        });
    }

    private Uni<Taken> take(ShopSchedule schedule, ShopSchedule.ServiceInfo type, UUID vehicleId, Instant start,
                            boolean emergency, Appointment moving) {
        Instant end = start.plus(Duration.ofMinutes(type.durationMinutes()));
        LocalDate day = start.atZone(schedule.zone()).toLocalDate();
        UUID except = moving == null ? null : moving.id;
        return busyBetween(schedule, type, day, day.plusDays(1))
                .chain(busy -> appointments.liveOfVehicleBetween(vehicleId, day.minusDays(2).atStartOfDay(schedule.zone()).toInstant(),
                        day.plusDays(3).atStartOfDay(schedule.zone()).toInstant(), except).chain(carBookings -> {
                    List<Availability.Busy> carBusy = carBookings.stream()
                            .map(a -> new Availability.Busy(a.bayId, a.startsAt, a.endsAt)).toList();
                    Appointment clash = carBookings.stream().filter(a -> a.startsAt.isBefore(end) && a.endsAt.isAfter(start))
                            .findFirst().orElse(null);
                    if (clash != null) {
                        return busyBetween(schedule, type, day.minusDays(2), day.plusDays(3)).chain(around ->
                                vehicleAlreadyBooked(vehicleId, clash, SlotChoice.alternatives(schedule, type, others(around, moving),
                                        carBusy, start, emergency, clock.instant(), rules.availabilityRules())));
                    }
                    return SlotChoice.bookable(schedule, type, others(busy, moving), start, emergency, clock.instant(),
                                    rules.availabilityRules())
                            .map(slot -> Uni.createFrom().item(new Taken(schedule, type, slot, carBusy)))
                            .orElseGet(() -> full(schedule, type, start, emergency, carBusy, moving));
                }));
    }

    /** The bookings that hold bays, but the moving booking's own place. */
    private static List<Availability.Busy> others(List<Availability.Busy> busy, Appointment moving) {
        return moving == null ? busy : busy.stream().filter(b -> !(b.bayId().equals(moving.bayId)
                && b.start().equals(moving.startsAt) && b.end().equals(moving.endsAt))).toList();
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
        return appointments.liveTimesOfBays(bayIds, from.atStartOfDay(schedule.zone()).toInstant(),
                        until.atStartOfDay(schedule.zone()).toInstant())
                .map(rows -> BayTimes.of(rows).stream().map(h -> new Availability.Busy(h.bayId(), h.start(), h.end())).toList());
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

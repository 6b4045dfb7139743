package io.pitstop.booking.service;

import io.pitstop.booking.persistence.Appointment;
import io.pitstop.booking.persistence.AppointmentEvent;
import io.pitstop.booking.persistence.AppointmentRepository;
import io.pitstop.shop.ShopSchedule;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Places a new booking within the shop's capacity, as the database decides it: under the day's capacity locks of the
 * skills whose bays it may use ({@link AppointmentRepository#lockCapacity}), one statement inserts it on the first
 * free bay of its skill (the most specialised first) only if more bays are free then than are kept back for
 * emergencies, with its first event. The locks are taken at the end of the booking's work, so they are held for that
 * statement and the commit only; a start that was full already when read is refused before any lock
 * ({@link BookingSlots#take}). Two bookings of bays that share no skill, or of different days, never wait on each other.
 */
@ApplicationScoped
public class BookingCapacity {

    private final AppointmentRepository appointments;
    private final BookingSlots slots;
    private final BookingRules rules;

    public BookingCapacity(AppointmentRepository appointments, BookingSlots slots, BookingRules rules) {
        this.appointments = appointments;
        this.slots = slots;
        this.rules = rules;
    }

    /** Inserts the booking (its bay set here) and its first event, or fails with a 409 offering the nearest starts. */
    public Uni<Void> place(BookingSlots.Taken taken, Appointment a, AppointmentEvent first) {
        ShopSchedule schedule = taken.schedule();
        List<UUID> candidates = schedule.baysFor(taken.type().skill()).stream().map(ShopSchedule.BayInfo::id).toList();
        int held = a.emergency ? 0 : Availability.reserve(candidates.size(), rules.emergencyShare());
        return appointments.lockCapacity(a.startsAt.atZone(schedule.zone()).toLocalDate(), skillsSharing(schedule, taken.type()))
                .chain(() -> appointments.insertWithinCapacity(a, candidates, held, first))
                .onFailure(BookingCapacity::vehicleOverlap).transform(BookingCapacity::asConflict)
                .chain(bay -> bay != null ? Uni.createFrom().voidItem()
                        : slots.full(schedule, taken.type(), a.startsAt, a.emergency, taken.carBusy(), null));
    }

    /**
     * The skills whose capacity a booking of the type touches: every skill of every bay that can do its own. Two
     * bookings that may compete for one bay, or for the reserve of a skill, therefore share a lock.
     */
    static Set<String> skillsSharing(ShopSchedule schedule, ShopSchedule.ServiceInfo type) {
        Set<String> skills = new TreeSet<>();
        skills.add(type.skill().name());
        schedule.baysFor(type.skill()).forEach(b -> b.skills().forEach(s -> skills.add(s.name())));
        return skills;
    }

    /**
     * The same car booked at an overlapping time by a concurrent request for another skill (the locks of the two did
     * not meet): the vehicle's exclusion constraint refused it.
     */
    private static boolean vehicleOverlap(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof io.vertx.pgclient.PgException pg && "23P01".equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    /** Answered as any race a constraint caught (ProblemMapper: 409). */
    private static Throwable asConflict(Throwable e) {
        return new org.hibernate.exception.ConstraintViolationException("A live booking overlaps", null,
                "appointment_vehicle_not_double_booked");
    }
}

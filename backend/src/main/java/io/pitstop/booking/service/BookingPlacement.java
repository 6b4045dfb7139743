package io.pitstop.booking.service;

import io.pitstop.booking.AppointmentStatus;
import io.pitstop.booking.BookingRequest;
import io.pitstop.booking.persistence.Appointment;
import io.pitstop.booking.persistence.AppointmentRepository;
import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.References;
import io.pitstop.identity.Caller;
import io.pitstop.shop.ShopSchedule;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Places one booking, in the caller's transaction: the customer and the car, the caps on their upcoming bookings, a
 * free bay at the wanted start with the car free then, the booking waiting for an advisor's confirmation, its first
 * event and the messages it owes.
 */
@ApplicationScoped
public class BookingPlacement {

    /** The booking placed, with the schedule it was placed against. */
    public record Placed(Appointment appointment, ShopSchedule schedule) {
    }

    private final BookingParties parties;
    private final AppointmentRepository appointments;
    private final BookingSlots slots;
    private final BookingJournal journal;
    private final BookingNotices notices;
    private final BookingRules rules;
    private final Clock clock;

    public BookingPlacement(BookingParties parties, AppointmentRepository appointments, BookingSlots slots,
                            BookingJournal journal, BookingNotices notices, BookingRules rules, Clock clock) {
        this.parties = parties;
        this.appointments = appointments;
        this.slots = slots;
        this.journal = journal;
        this.notices = notices;
        this.rules = rules;
        this.clock = clock;
    }

    public Uni<Placed> place(Caller caller, BookingRequest req) {
        Instant now = clock.instant();
        return parties.of(caller, req).call(p -> checkCaps(caller, p, now)).chain(p ->
                slots.take(req.serviceType(), p.vehicle().id, req.start().toInstant(), req.emergency()).chain(taken -> {
                    Appointment a = new Appointment();
                    a.id = UUID.randomUUID();
                    a.reference = References.next("BK");
                    a.customerId = p.customer().id();
                    a.vehicleId = p.vehicle().id;
                    a.serviceType = taken.type().code();
                    a.bayId = taken.slot().freeBays().get(0).id();
                    a.startsAt = taken.slot().start().toInstant();
                    a.endsAt = taken.slot().end().toInstant();
                    a.status = AppointmentStatus.REQUESTED;
                    a.emergency = req.emergency();
                    a.channel = req.channel();
                    a.faultDescription = req.faultDescription().strip();
                    a.mileageKm = req.mileageKm();
                    a.handover = req.handover();
                    a.bookedBy = caller.subject();
                    a.createdAt = now;
                    a.confirmBy = now.plus(rules.confirmWithin());
                    return appointments.persist(a)
                            .chain(() -> journal.record(a, caller, "BOOKED", null, AppointmentStatus.REQUESTED,
                                    req.emergency() ? "emergency" : null))
                            .chain(() -> appointments.flush())
                            .chain(() -> notices.received(a, p.customer(), p.vehicle().plate))
                            .replaceWith(new Placed(a, taken.schedule()));
                }));
    }

    /**
     * An owner (or a partner for them) holds a few upcoming bookings at most, and a vehicle fewer: one person cannot take
     * every start time of a day. Counted under the customer's lock, so concurrent bookings cannot pass the cap together.
     * Staff booking for callers and walk-ins are not capped.
     */
    private Uni<Void> checkCaps(Caller caller, BookingParties.Parties p, Instant now) {
        if (caller.role().isStaff()) {
            return Uni.createFrom().voidItem();
        }
        return appointments.lockCustomer(p.customer().id())
                .chain(() -> appointments.countUpcomingOfCustomer(p.customer().id(), now))
                .chain(customerCount -> {
                    if (customerCount >= rules.maxLiveBookingsPerCustomer()) {
                        throw new ConflictException("booking-cap", Detail.of("problem.booking.cap-customer", Map.of("count", customerCount)));
                    }
                    return appointments.countUpcomingOfVehicle(p.vehicle().id, now);
                })
                .invoke(vehicleCount -> {
                    if (vehicleCount >= rules.maxLiveBookingsPerVehicle()) {
                        throw new ConflictException("booking-cap", Detail.of("problem.booking.cap-vehicle",
                                Map.of("plate", p.vehicle().plate, "count", vehicleCount)));
                    }
                })
                .replaceWithVoid();
    }
}

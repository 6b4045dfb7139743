package io.pitstop.booking.service;

import io.pitstop.booking.AppointmentStatus;
import io.pitstop.booking.AppointmentView;
import io.pitstop.booking.BookingRequest;
import io.pitstop.booking.persistence.Appointment;
import io.pitstop.common.References;
import io.pitstop.identity.Caller;
import io.pitstop.shop.ShopSchedule;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Places one booking, in the caller's transaction: the customer and the car, the caps on their upcoming bookings, a
 * bookable start with the car free then, the booking waiting for an advisor's confirmation on a free bay with its first
 * event (inserted within capacity by {@link BookingCapacity}), and the messages it owes.
 */
@ApplicationScoped
public class BookingPlacement {

    /** The booking placed and the answer built from what placing it read (nothing is read again). */
    public record Placed(Appointment appointment, AppointmentView view) {
    }

    private final BookingParties parties;
    private final BookingSlots slots;
    private final BookingCapacity capacity;
    private final BookingViews views;
    private final BookingNotices notices;
    private final BookingRules rules;
    private final Clock clock;

    public BookingPlacement(BookingParties parties, BookingSlots slots,
                            BookingCapacity capacity, BookingViews views, BookingNotices notices, BookingRules rules,
                            Clock clock) {
        this.parties = parties;
        this.slots = slots;
        this.capacity = capacity;
        this.views = views;
        this.notices = notices;
        this.rules = rules;
        this.clock = clock;
    }

    public Uni<Placed> place(Caller caller, BookingRequest req) {
        // as stored (microseconds): the answer is built from these fields, not read back
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return parties.of(caller, req).call(p -> parties.withinCaps(caller, p, now)).chain(p ->
                slots.take(req.serviceType(), p.vehicle().id, req.start().toInstant(), req.emergency()).chain(taken -> {
                    Appointment a = new Appointment();
                    a.id = UUID.randomUUID();
                    a.reference = References.next("BK");
                    a.customerId = p.customer().id();
                    a.vehicleId = p.vehicle().id;
                    a.serviceType = taken.type().code();
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
                    // the answer's warnings are read before the capacity locks, which are then held only for
                    // the insert, the messages and the commit
                    return views.warnings(a, taken.schedule().zone()).chain(warnings -> capacity.place(taken, a,
                                    BookingJournal.byCaller(a, caller, "BOOKED", null, AppointmentStatus.REQUESTED,
                                            req.emergency() ? "emergency" : null, now))
                            .chain(() -> notices.received(a, p.customer(), p.vehicle().plate))
                            .replaceWith(() -> new Placed(a, views.placed(a, taken.schedule(), p.customer(), p.vehicle(),
                                    warnings))));
                }));
    }
}

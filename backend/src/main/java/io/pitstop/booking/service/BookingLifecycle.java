package io.pitstop.booking.service;

import io.pitstop.booking.AppointmentRef;
import io.pitstop.booking.AppointmentStatus;
import io.pitstop.booking.AppointmentView;
import io.pitstop.booking.persistence.Appointment;
import io.pitstop.booking.persistence.AppointmentRepository;
import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.Times;
import io.pitstop.identity.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A booking's life after it came in: REQUESTED -> CONFIRMED (the advisor takes it on) -> CHECKED_IN (the car is
 * here), or RESCHEDULED to another free time, CANCELLED, or a NO_SHOW. Each change is recorded and told to the other
 * side. Who may do what is declared on the resource; whose booking it is, is checked here (another's is 404).
 */
@ApplicationScoped
public class BookingLifecycle {

    private final AppointmentRepository appointments;
    private final BookingSlots slots;
    private final BookingJournal journal;
    private final BookingNotices notices;
    private final BookingViews views;
    private final BookingRules rules;
    private final Clock clock;

    public BookingLifecycle(AppointmentRepository appointments, BookingSlots slots, BookingJournal journal,
                            BookingNotices notices, BookingViews views, BookingRules rules, Clock clock) {
        this.appointments = appointments;
        this.slots = slots;
        this.journal = journal;
        this.notices = notices;
        this.views = views;
        this.rules = rules;
        this.clock = clock;
    }

    /** The advisor confirms and becomes the owner's advisor for this visit; the owner learns who and what to bring. */
    public Uni<AppointmentView> confirm(Caller caller, UUID id) {
        return Panache.withTransaction(() -> locked(caller, id).chain(a -> {
            requireStatus(a, "confirm", AppointmentStatus.REQUESTED);
            a.status = AppointmentStatus.CONFIRMED;
            a.advisorId = caller.accountId();
            a.confirmedAt = clock.instant();
            return journal.record(a, caller, "CONFIRMED", AppointmentStatus.REQUESTED, AppointmentStatus.CONFIRMED, null)
                    .chain(() -> notices.confirmed(a))
                    .chain(() -> views.of(a));
        }));
    }

    /**
     * Another bookable start. Owners may move it until the cut-off, and the advisor confirms the new time again (within
     * the same confirmation limit); staff may move it any time.
     */
    public Uni<AppointmentView> reschedule(Caller caller, UUID id, OffsetDateTime newStart) {
        Instant now = clock.instant();
        BookingWindow.requireWithinHorizon(newStart.toInstant(), now, rules.horizon(), "start");
        return Panache.withTransaction(() -> locked(caller, id).chain(a -> {
            requireStatus(a, "reschedule", AppointmentStatus.REQUESTED, AppointmentStatus.CONFIRMED);
            BookingWindow.requireBeforeCutoff(caller.role().isStaff(), a.startsAt, now, rules.changeCutoff(), "rescheduled");
            return slots.move(a, newStart.toInstant()).chain(taken -> {
                AppointmentStatus before = a.status;
                String detail = "from " + Times.at(a.startsAt, taken.schedule().zone());
                a.bayId = taken.slot().freeBays().get(0).id();
                a.startsAt = taken.slot().start().toInstant();
                a.endsAt = taken.slot().end().toInstant();
                if (!caller.role().isStaff()) {
                    a.status = AppointmentStatus.REQUESTED;
                    a.confirmBy = now.plus(rules.confirmWithin());
                    a.escalatedAt = null;
                }
                return journal.record(a, caller, "RESCHEDULED", before, a.status, detail)
                        .chain(() -> appointments.flush())
                        .chain(() -> notices.rescheduled(a, caller))
                        .chain(() -> views.of(a, taken.schedule()));
            });
        }));
    }

    /** Owners may cancel until the cut-off; staff any time. Cancelled is final. */
    public Uni<AppointmentView> cancel(Caller caller, UUID id, String reason) {
        Instant now = clock.instant();
        String why = reason.strip();
        return Panache.withTransaction(() -> locked(caller, id).chain(a -> {
            requireStatus(a, "cancel", AppointmentStatus.REQUESTED, AppointmentStatus.CONFIRMED);
            BookingWindow.requireBeforeCutoff(caller.role().isStaff(), a.startsAt, now, rules.changeCutoff(), "cancelled");
            AppointmentStatus before = a.status;
            a.status = AppointmentStatus.CANCELLED;
            return journal.record(a, caller, "CANCELLED", before, AppointmentStatus.CANCELLED, why)
                    .chain(() -> notices.cancelled(a, caller, why))
                    .chain(() -> views.of(a));
        }));
    }

    /** The owner did not come: only once the start time has passed. */
    public Uni<AppointmentView> noShow(Caller caller, UUID id) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> locked(caller, id).chain(a -> {
            requireStatus(a, "no-show", AppointmentStatus.REQUESTED, AppointmentStatus.CONFIRMED);
            BookingWindow.requireStarted(a.startsAt, now);
            AppointmentStatus before = a.status;
            a.status = AppointmentStatus.NO_SHOW;
            return journal.record(a, caller, "NO_SHOW", before, AppointmentStatus.NO_SHOW, null).chain(() -> views.of(a));
        }));
    }

    /** The car has arrived. */
    public Uni<AppointmentView> checkIn(Caller caller, UUID id) {
        return Panache.withTransaction(() -> checkInWithin(caller, id).chain(ref -> views.byId(ref.id())));
    }

    /**
     * Reception of a booked car, in the caller's transaction (the repair order opened for it commits with it): the
     * booking must be confirmed, or already checked in without an order. Only advisors and managers receive cars; the
     * caller's resource says so.
     */
    public Uni<AppointmentRef> checkInWithin(Caller caller, UUID id) {
        return locked(caller, id).chain(a -> {
            if (a.status == AppointmentStatus.CHECKED_IN) {
                return Uni.createFrom().item(BookingLookup.ref(a));
            }
            requireStatus(a, "check-in", AppointmentStatus.CONFIRMED);
            a.status = AppointmentStatus.CHECKED_IN;
            return journal.record(a, caller, "CHECKED_IN", AppointmentStatus.CONFIRMED, AppointmentStatus.CHECKED_IN, null)
                    .replaceWith(BookingLookup.ref(a));
        });
    }

    /** The booking, locked for the change, if the caller may see it. */
    private Uni<Appointment> locked(Caller caller, UUID id) {
        return appointments.findForUpdate(id).map(a -> BookingViews.visibleTo(caller, id, a));
    }

    private static void requireStatus(Appointment a, String action, AppointmentStatus... allowed) {
        if (!Set.of(allowed).contains(a.status)) {
            throw new ConflictException("illegal-transition", Detail.of("problem.booking.illegal-transition",
                    Map.of("bookingAction", action, "appointmentStatus", a.status.name())));
        }
    }
}

package io.pitstop.booking.service;

import io.pitstop.booking.AppointmentStatus;
import io.pitstop.booking.persistence.Appointment;
import io.pitstop.booking.persistence.AppointmentEvent;
import io.pitstop.booking.persistence.AppointmentEventRepository;
import io.pitstop.identity.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;

/**
 * The history of a booking: every change is an event with who did it, when, the states before and after and the
 * times it then held. Written in the caller's transaction, so the history holds exactly the changes that happened.
 */
@ApplicationScoped
public class BookingJournal {

    static final String SYSTEM = "system";

    private final AppointmentEventRepository events;
    private final Clock clock;

    public BookingJournal(AppointmentEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** A change made by a person (or a partner application). */
    public Uni<Void> record(Appointment a, Caller by, String type, AppointmentStatus from, AppointmentStatus to, String detail) {
        return events.persist(byCaller(a, by, type, from, to, detail)).replaceWithVoid();
    }

    /** The event of such a change, for a statement that writes it with the booking ({@link BookingCapacity}). */
    public AppointmentEvent byCaller(Appointment a, Caller by, String type, AppointmentStatus from, AppointmentStatus to,
                                     String detail) {
        return byCaller(a, by, type, from, to, detail, clock.instant());
    }

    /** The same, at a time the caller already holds. */
    static AppointmentEvent byCaller(Appointment a, Caller by, String type, AppointmentStatus from, AppointmentStatus to,
                                     String detail, Instant at) {
        AppointmentEvent e = event(a, type, from, to, detail, at);
        e.actorId = by.subject();
        e.actorName = by.name();
        e.actorRole = by.role();
        return e;
    }

    /** Something the clock noticed (an escalation): the state does not change. */
    public Uni<Void> bySystem(Appointment a, String type, String detail) {
        AppointmentEvent e = event(a, type, a.status, a.status, detail, clock.instant());
        e.actorName = SYSTEM;
        return events.persist(e).replaceWithVoid();
    }

    private static AppointmentEvent event(Appointment a, String type, AppointmentStatus from, AppointmentStatus to,
                                          String detail, Instant at) {
        AppointmentEvent e = new AppointmentEvent();
        e.appointmentId = a.id;
        e.at = at;
        e.type = type;
        e.fromStatus = from;
        e.toStatus = to;
        e.startsAt = a.startsAt;
        e.endsAt = a.endsAt;
        e.detail = detail;
        return e;
    }
}

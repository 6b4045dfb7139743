package io.pitstop.booking.service;

import io.pitstop.booking.AppointmentRef;
import io.pitstop.booking.persistence.Appointment;
import io.pitstop.booking.persistence.AppointmentRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Bookings as the later capabilities read them, in the caller's session: values, never the entity. */
@ApplicationScoped
public class BookingLookup {

    private final AppointmentRepository appointments;

    public BookingLookup(AppointmentRepository appointments) {
        this.appointments = appointments;
    }

    /** The booking, or null. */
    public Uni<AppointmentRef> find(UUID id) {
        return id == null ? Uni.createFrom().nullItem() : appointments.findById(id).map(BookingLookup::ref);
    }

    /** The ids of the bookings someone made (a partner application's client id, or an account id). */
    public Uni<List<UUID>> idsBookedBy(String subject) {
        return appointments.find("select a.id from Appointment a where a.bookedBy = ?1", subject).project(UUID.class).list();
    }

    public static AppointmentRef ref(Appointment a) {
        return a == null ? null : new AppointmentRef(a.id, a.reference, a.customerId, a.vehicleId, a.advisorId, a.bookedBy,
                a.emergency, a.status, a.startsAt, a.endsAt);
    }
}

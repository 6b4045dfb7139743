package io.pitstop.booking.service;

import io.pitstop.booking.AppointmentRef;
import io.pitstop.identity.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * @deprecated bookings are split by business concept: {@link BookingIntake}, {@link BookingLifecycle},
 * {@link BookingViews}, {@link BookingSlots}. This remains only so that repair's reception compiles until it calls
 * {@link BookingLifecycle#checkInWithin} itself; remove it then.
 */
@Deprecated(forRemoval = true)
@ApplicationScoped
public class BookingService {

    private final BookingLifecycle lifecycle;

    public BookingService(BookingLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** See {@link BookingLifecycle#checkInWithin}. */
    public Uni<AppointmentRef> checkInWithin(Caller caller, UUID id) {
        return lifecycle.checkInWithin(caller, id);
    }
}

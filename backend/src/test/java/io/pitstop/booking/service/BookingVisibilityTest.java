package io.pitstop.booking.service;

import io.pitstop.booking.persistence.Appointment;
import io.pitstop.common.NotFoundException;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Another customer's (or another partner's) booking does not exist for the caller: 404, never 403. */
class BookingVisibilityTest {

    private static final UUID OWNER = UUID.randomUUID();
    private static final Appointment BOOKED_BY_PARTNER = appointment("carpal-client");

    @Test
    void theOwnerAndStaffSeeTheBookingAndTheBookingPartnerToo() {
        assertThat(BookingViews.visibleTo(caller(OWNER.toString(), Role.CUSTOMER), BOOKED_BY_PARTNER.id, BOOKED_BY_PARTNER))
                .isSameAs(BOOKED_BY_PARTNER);
        assertThat(BookingViews.visibleTo(caller(UUID.randomUUID().toString(), Role.TECHNICIAN), BOOKED_BY_PARTNER.id,
                BOOKED_BY_PARTNER)).isSameAs(BOOKED_BY_PARTNER);
        assertThat(BookingViews.visibleTo(caller("carpal-client", Role.PARTNER), BOOKED_BY_PARTNER.id, BOOKED_BY_PARTNER))
                .isSameAs(BOOKED_BY_PARTNER);
    }

    @Test
    void anotherCustomerAnotherPartnerAndAnUnknownIdAreNotFound() {
        assertThatThrownBy(() -> BookingViews.visibleTo(caller(UUID.randomUUID().toString(), Role.CUSTOMER),
                BOOKED_BY_PARTNER.id, BOOKED_BY_PARTNER)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> BookingViews.visibleTo(caller("other-client", Role.PARTNER), BOOKED_BY_PARTNER.id,
                BOOKED_BY_PARTNER)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> BookingViews.visibleTo(caller(UUID.randomUUID().toString(), Role.MANAGER), UUID.randomUUID(),
                null)).isInstanceOf(NotFoundException.class);
    }

    private static Caller caller(String subject, Role role) {
        return new Caller(subject, role, "x", Set.of());
    }

    private static Appointment appointment(String bookedBy) {
        Appointment a = new Appointment();
        a.id = UUID.randomUUID();
        a.customerId = OWNER;
        a.bookedBy = bookedBy;
        return a;
    }
}

package io.pitstop.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "IN_WORKSHOP: the car has an open repair order; OVERLAPPING_BOOKING: the customer holds another live "
        + "booking at an overlapping time")
public enum BookingWarningCode {
    IN_WORKSHOP, OVERLAPPING_BOOKING
}

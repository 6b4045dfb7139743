package io.pitstop.booking;

import java.time.Instant;
import java.util.UUID;

/**
 * A booking as the capabilities after booking see it (the repair order opened from it, the follow-ups of its visit):
 * a value, never the entity. {@code bookedBy} is who made it, an account id or a partner's client id.
 */
public record AppointmentRef(UUID id, String reference, UUID customerId, UUID vehicleId, UUID advisorId, String bookedBy,
                             boolean emergency, AppointmentStatus status, Instant startsAt, Instant endsAt) {
}

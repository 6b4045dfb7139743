package io.pitstop.repair;

import java.time.Instant;
import java.util.UUID;

/**
 * A repair order as the capabilities after repair see it (ratings, follow-up calls, complaints): a value, never the
 * entity. Who received the car ({@code advisorId}) and who worked on it ({@code technicianId}) are whom feedback is about.
 */
public record RepairOrderRef(UUID id, String reference, UUID appointmentId, UUID customerId, UUID vehicleId, UUID advisorId,
                             UUID technicianId, RepairStatus status, boolean safetyCritical, Instant checkedInAt,
                             Instant promisedAt, Instant deliveredAt) {
}

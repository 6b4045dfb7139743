package io.pitstop.booking;

import io.pitstop.identity.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(description = "One change in a booking's history", requiredProperties = {"at", "type"})
public record AppointmentEventView(
        OffsetDateTime at,
        @Schema(examples = "王芳") String actorName,
        Role actorRole,
        @Schema(description = "BOOKED, CONFIRMED, RESCHEDULED, CANCELLED, CHECKED_IN, NO_SHOW, ESCALATED", examples = "CONFIRMED") String type,
        AppointmentStatus fromStatus,
        AppointmentStatus toStatus,
        @Schema(description = "The promised start after this change") OffsetDateTime start,
        @Schema(examples = "客户改期 / customer's request") String detail) {
}

package io.pitstop.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(description = "Something the advisor should know before confirming a booking (it does not block the confirmation)",
        requiredProperties = {"code", "reference"})
public record BookingWarning(
        BookingWarningCode code,
        @Schema(description = "The open repair order's or the other booking's reference", examples = "RO-4K8P2Z") String reference,
        @Schema(description = "The other booking's start (OVERLAPPING_BOOKING)") OffsetDateTime start) {
}

package io.pitstop.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(description = "A start time that can still be booked", requiredProperties = {"start", "end", "remaining"})
public record SlotView(
        @Schema(description = "In the shop's time zone, with offset", examples = "2026-11-25T09:00:00+08:00") OffsetDateTime start,
        @Schema(examples = "2026-11-25T10:00:00+08:00") OffsetDateTime end,
        @Schema(description = "How many more bookings this start time takes", examples = "2") int remaining) {
}

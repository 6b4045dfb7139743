package io.pitstop.booking;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(description = "A new start time, offered by the availability endpoint")
public record RescheduleRequest(@NotNull @Schema(examples = "2026-11-26T14:00:00+08:00") OffsetDateTime start) {
}

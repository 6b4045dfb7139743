package io.pitstop.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(description = "One of the complaint's two clocks", requiredProperties = {"dueAt", "remainingMinutes", "paused"})
public record Deadline(
        @Schema(description = "Moves later by the time spent waiting for the customer") OffsetDateTime dueAt,
        @Schema(description = "Minutes left (negative when missed); frozen while paused, or at the moment it was met") long remainingMinutes,
        @Schema(description = "True: met; false: missed; absent: still running") Boolean met,
        boolean paused) {
}

package io.pitstop.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What became of one booking of a batch confirmation", requiredProperties = {"id", "outcome"})
public record BatchConfirmItem(
        String id,
        ConfirmOutcome outcome,
        @Schema(description = "The booking as it is now (absent when NOT_FOUND)") AppointmentView appointment,
        @Schema(description = "Why it was not confirmed, in the request's language") String detail) {
}

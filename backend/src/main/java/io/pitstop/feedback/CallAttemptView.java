package io.pitstop.feedback;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(requiredProperties = {"at", "byName", "outcome"})
public record CallAttemptView(OffsetDateTime at, String byName, CallOutcome outcome, String notes) {
}

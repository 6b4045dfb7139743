package io.pitstop.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Answered within 24 hours, resolved within 48 (per priority, configurable)", requiredProperties = {"answer", "resolve"})
public record ComplaintClock(Deadline answer, Deadline resolve) {
}

package io.pitstop.feedback;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(description = "A problem raised in the call: an owner and 3 working days to solve it", requiredProperties = {"description", "owner", "dueAt", "overdue"})
public record CallProblemView(String description, RatedPerson owner, OffsetDateTime dueAt, OffsetDateTime resolvedAt, String resolution,
                              boolean overdue) {
}

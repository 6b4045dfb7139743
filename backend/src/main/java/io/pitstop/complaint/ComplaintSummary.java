package io.pitstop.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(description = "A line of the complaint inbox", requiredProperties = {"id", "number", "status", "category", "priority", "channel",
        "team", "ownerName", "customerName", "createdAt", "answerDueAt", "resolveDueAt", "paused", "overdue"})
public record ComplaintSummary(
        String id,
        @Schema(examples = "TS-20261124-0007") String number,
        ComplaintStatus status,
        ComplaintCategory category,
        ComplaintPriority priority,
        ComplaintChannel channel,
        ComplaintTeam team,
        String ownerName,
        String customerName,
        @Schema(description = "The member of staff the complaint is about") String subjectName,
        @Schema(description = "The repair order's reference, if any") String reference,
        OffsetDateTime createdAt,
        OffsetDateTime answerDueAt,
        OffsetDateTime resolveDueAt,
        OffsetDateTime answeredAt,
        OffsetDateTime resolvedAt,
        boolean paused,
        @Schema(description = "A deadline that is running has passed") boolean overdue) {
}

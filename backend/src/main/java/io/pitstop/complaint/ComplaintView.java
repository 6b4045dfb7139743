package io.pitstop.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "A complaint with its clock and audit trail", requiredProperties = {"id", "number", "status", "category", "priority",
        "suggestedPriority", "channel", "team", "owner", "customer", "content", "tags", "createdAt", "clock", "steps", "nextActions"})
public record ComplaintView(
        String id,
        String number,
        ComplaintStatus status,
        ComplaintCategory category,
        ComplaintPriority priority,
        ComplaintPriority suggestedPriority,
        ComplaintChannel channel,
        ComplaintTeam team,
        ComplaintPerson owner,
        ComplaintPerson customer,
        @Schema(description = "The member of staff the complaint is about, who never owns or handles it") ComplaintPerson subject,
        ComplaintOrder order,
        String content,
        List<String> tags,
        OffsetDateTime createdAt,
        OffsetDateTime answeredAt,
        OffsetDateTime resolvedAt,
        OffsetDateTime closedAt,
        ComplaintClock clock,
        RemedyView remedy,
        Integer satisfaction,
        List<ComplaintStepView> steps,
        @Schema(description = "What the caller may do now") List<ComplaintAction> nextActions) {
}

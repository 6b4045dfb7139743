package io.pitstop.improvement;

import io.pitstop.kpi.Indicator;
import io.pitstop.kpi.PersonRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(description = "An improvement action with its indicator's trend before and after",
        requiredProperties = {"id", "title", "action", "expectedEffect", "owner", "deadline", "status", "overdue", "createdAt"})
public record ImprovementView(
        String id,
        Indicator indicator,
        String cause,
        String title,
        String action,
        String expectedEffect,
        PersonRef owner,
        OffsetDateTime deadline,
        @Schema(description = "OPEN or DONE") String status,
        @Schema(description = "Open past its deadline") boolean overdue,
        OffsetDateTime createdAt,
        OffsetDateTime doneAt,
        String doneNote,
        @Schema(description = "The indicator over the 30 days before the action was recorded") Double before,
        @Schema(description = "The indicator since it was done (or since it was recorded, while open), up to 30 days") Double after) {
}

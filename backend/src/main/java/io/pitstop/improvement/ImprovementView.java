package io.pitstop.improvement;

import io.pitstop.kpi.Indicator;
import io.pitstop.kpi.PersonRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(description = "An improvement action with its indicator's trend before and after",
        requiredProperties = {"id", "title", "action", "expectedEffect", "owner", "deadline", "status", "overdue", "createdAt"})
public record ImprovementView(
        @Schema(examples = "0f8e2c1a-5b7d-4f3e-9a61-2d4c8b9e7f10") String id,
        Indicator indicator,
        @Schema(examples = "交车延误未提前告知") String cause,
        @Schema(examples = "延误提前告知") String title,
        @Schema(examples = "配件预计晚到时，服务顾问在承诺时间前 1 小时致电车主") String action,
        @Schema(examples = "延误提前 30 分钟告知率达到 100%") String expectedEffect,
        PersonRef owner,
        @Schema(examples = "2026-12-12T10:00:00Z") OffsetDateTime deadline,
        @Schema(description = "OPEN or DONE") String status,
        @Schema(description = "Open past its deadline") boolean overdue,
        OffsetDateTime createdAt,
        OffsetDateTime doneAt,
        String doneNote,
        @Schema(description = "The indicator over the 30 days before the action was recorded", examples = "71.7") Double before,
        @Schema(description = "The indicator since it was done (or since it was recorded, while open), up to 30 days", examples = "88.2") Double after) {
}

package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(requiredProperties = {"reason", "detail", "previousPromisedAt", "newPromisedAt", "compensation", "declaredAt", "noticeMinutes"})
public record DelayView(
        DelayReason reason,
        String detail,
        OffsetDateTime previousPromisedAt,
        OffsetDateTime newPromisedAt,
        Compensation compensation,
        String compensationDetail,
        OffsetDateTime declaredAt,
        String declaredBy,
        @Schema(description = "Minutes between the notice and the promise it replaced (30 or more is on time)") long noticeMinutes) {
}

package io.pitstop.notify;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Map;

@Schema(description = "A message in the caller's inbox", requiredProperties = {"id", "kind", "params", "text", "createdAt"})
public record NotificationView(
        String id,
        @Schema(description = "What happened; clients localize it with the params", implementation = NotificationKind.class, examples = "BOOKING_CONFIRMED") String kind,
        @Schema(description = "Values for the localized text", examples = "{\"reference\": \"BK-7Q2M9X\", \"advisorName\": \"王芳\"}")
        Map<String, String> params,
        @Schema(description = "The message in the language the request asked for (Accept-Language; zh-CN by default), for clients that do not know the kind") String text,
        @Schema(description = "The booking it is about, if any") String appointmentId,
        @Schema(description = "The repair order it is about, if any") String repairOrderId,
        @Schema(description = "The complaint it is about, if any") String complaintId,
        OffsetDateTime createdAt,
        OffsetDateTime readAt) {
}

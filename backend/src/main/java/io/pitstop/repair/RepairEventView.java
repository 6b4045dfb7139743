package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

@Schema(description = "One event of a repair order, as stored and as streamed (the SSE data). Fields beyond the first "
        + "ones are set when the type carries them.",
        requiredProperties = {"id", "orderId", "reference", "seq", "type", "at", "status"})
public record RepairEventView(
        @Schema(description = "Position among all events of the shop (the SSE id of the board stream)") long id,
        String orderId,
        String reference,
        @Schema(description = "Position among the order's events (the SSE id of the order's stream)") int seq,
        RepairEventType type,
        OffsetDateTime at,
        @Schema(description = "Who did it; none when the system did") String actorName,
        String actorRole,
        @Schema(description = "The order's status after the event") RepairStatus status,
        RepairStatus fromStatus,
        @Schema(description = "UPDATE: the message; QC_FAILED, WAITING_PARTS, CANCELLED: the reason") String message,
        String step,
        Integer remainingMinutes,
        String photoId,
        @Schema(description = "The promised completion time after the event") OffsetDateTime promisedAt,
        @Schema(description = "DELAY: the promise it replaces") OffsetDateTime previousPromisedAt,
        DelayReason delayReason,
        Compensation compensation,
        String compensationDetail,
        @Schema(description = "UPDATE: pushed by the hourly job because no one posted within the hour") Boolean automatic,
        String technicianName,
        @Schema(description = "ESTIMATE_SENT, SUPPLEMENT_SENT, SETTLEMENT_ISSUED: the amount in yuan") BigDecimal amount) {
}

package io.pitstop.notify;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(description = "A delivery through an external channel, as operations see it",
        requiredProperties = {"id", "channel", "address", "status", "attempts", "createdAt", "nextAttemptAt"})
public record OutboxMessageView(String id, @Schema(examples = "SMS") String channel,
                                @Schema(description = "What the message is about (its notification kind)", examples = "BOOKING_CONFIRMED") String kind,
                                @Schema(examples = "13900000001") String address,
                                @Schema(description = "PENDING, SENT, FAILED (gave up after the last retry) or EXPIRED (worthless before it could be sent, such as a one-time code)") String status,
                                int attempts, String lastError, OffsetDateTime createdAt, OffsetDateTime nextAttemptAt,
                                OffsetDateTime sentAt) {
}

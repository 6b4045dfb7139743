package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "The settlement against the approved estimate",
        requiredProperties = {"lines", "estimatedTotal", "total", "difference", "issuedAt", "pendingLines"})
public record SettlementView(List<SettlementLineView> lines, BigDecimal estimatedTotal,
                             @Schema(description = "What is billed: declined lines are not") BigDecimal total, BigDecimal difference,
                             OffsetDateTime issuedAt, OffsetDateTime acknowledgedAt, String acknowledgedBy,
                             @Schema(description = "New lines waiting for the owner's decision; signing waits for them") int pendingLines,
                             @Schema(description = "The drawn signature (PNG), once signed") String signatureUrl) {
}

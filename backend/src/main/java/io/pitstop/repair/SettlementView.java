package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "The settlement against the approved estimate", requiredProperties = {"lines", "estimatedTotal", "total", "difference", "issuedAt"})
public record SettlementView(List<SettlementLineView> lines, BigDecimal estimatedTotal, BigDecimal total, BigDecimal difference,
                             OffsetDateTime issuedAt, OffsetDateTime acknowledgedAt, String acknowledgedBy) {
}

package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

@Schema(requiredProperties = {"id", "round", "kind", "description", "quantity", "unitPrice", "amount", "necessity", "reason", "decision"})
public record EstimateItemView(
        String id,
        @Schema(description = "0 for the estimate, 1, 2, ... for supplements found during the repair") int round,
        ItemKind kind,
        String description,
        String partNumber,
        BigDecimal quantity,
        BigDecimal unitPrice,
        @Schema(description = "quantity x unit price, yuan") BigDecimal amount,
        Necessity necessity,
        String reason,
        Decision decision,
        OffsetDateTime decidedAt,
        @Schema(description = "Who decided: the customer, or the advisor recording the customer's answer") String decidedBy,
        String decidedByRole) {
}

package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(requiredProperties = {"kind", "description", "quantity", "unitPrice", "amount", "difference"})
public record SettlementLineView(String itemId, ItemKind kind, String description, BigDecimal quantity, BigDecimal unitPrice,
                                 @Schema(description = "The approved estimate's amount; none for a new line") BigDecimal estimatedAmount,
                                 BigDecimal amount,
                                 @Schema(description = "amount - estimatedAmount") BigDecimal difference,
                                 String differenceReason) {
}

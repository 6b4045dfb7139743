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
        String decidedByRole,
        @Schema(description = "The catalogue part; none for labour and sublet lines") String partId,
        @Schema(description = "A PART line outside the catalogue: sublet work or a part bought for it (外协/非目录件)") boolean sublet,
        @Schema(description = "Approved catalogue lines: where the part stands") PartSupplyView supply) {
}

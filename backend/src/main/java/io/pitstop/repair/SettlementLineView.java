package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

@Schema(requiredProperties = {"id", "kind", "description", "quantity", "unitPrice", "amount", "difference", "decision"})
public record SettlementLineView(String id, String itemId, ItemKind kind, String description, BigDecimal quantity, BigDecimal unitPrice,
                                 @Schema(description = "The approved estimate's amount; none for a new line") BigDecimal estimatedAmount,
                                 BigDecimal amount,
                                 @Schema(description = "amount - estimatedAmount") BigDecimal difference,
                                 String differenceReason,
                                 @Schema(description = "A line of the approved estimate is APPROVED; a new line waits for the owner "
                                         + "(PENDING) and is billed only once APPROVED") Decision decision,
                                 OffsetDateTime decidedAt,
                                 @Schema(description = "Who decided a new line: the owner, or the advisor recording the owner's answer") String decidedBy,
                                 Integer warrantyMonths, Integer warrantyKm,
                                 @Schema(description = "The catalogue part; none for labour and sublet lines") String partId,
                                 @Schema(description = "A PART line outside the catalogue (外协/非目录件)") boolean sublet,
                                 @Schema(description = "What became of the old part, recorded at hand-over") OldPartDisposition oldPart) {
}

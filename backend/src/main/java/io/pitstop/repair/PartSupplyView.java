package io.pitstop.repair;

import io.pitstop.parts.SupplyState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

@Schema(description = "Where an approved catalogue line's part stands. The owner sees the state and the expected arrival only.",
        requiredProperties = {"state"})
public record PartSupplyView(
        SupplyState state,
        @Schema(description = "Held on the shelf for the order") BigDecimal reserved,
        @Schema(description = "Handed to the technician") BigDecimal issued,
        @Schema(description = "SHORT: when the part is expected (the purchase order's, else the supplier's lead time)") OffsetDateTime expectedAt,
        @Schema(description = "SHORT: the purchase order bringing it; none while it is still to be bought") String purchaseOrderId,
        @Schema(description = "When the technician asked for it to be issued") OffsetDateTime requestedAt) {
}

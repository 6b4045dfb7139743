package io.pitstop.kpi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

@Schema(description = "One booking, order, complaint, part or purchase order behind an indicator's figure, with what it added",
        requiredProperties = {"kind", "id", "reference", "at", "numerator", "denominator", "missed"})
public record KpiItem(
        @Schema(description = "What to open: BOOKING, ORDER, COMPLAINT, PART or PURCHASE_ORDER", examples = "ORDER") String kind,
        String id,
        @Schema(examples = "RO-7K2M9Q") String reference,
        @Schema(description = "When it counts (its attribution time)") OffsetDateTime at,
        String advisorId,
        String technicianId,
        @Schema(description = "Customer-service agent (follow-up calls, complaints)") String agentId,
        @Schema(description = "Parts specialist (stock counts, purchase orders, losses)") String partsId,
        @Schema(examples = "0") BigDecimal numerator,
        @Schema(examples = "1") BigDecimal denominator,
        @Schema(description = "Counted against the target: a share not met, a comeback, a score below target") boolean missed,
        @Schema(description = "Minutes, hours or score, by indicator (see its definition)", examples = "22.5") BigDecimal measure,
        @Schema(description = "A code or label: the status, the reason of a delay, the item's description", examples = "UNCONFIRMED") String detail) {
}

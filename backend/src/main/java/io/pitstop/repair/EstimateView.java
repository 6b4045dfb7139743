package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(description = "The estimate and its supplements with totals in yuan",
        requiredProperties = {"items", "approvedTotal", "pendingTotal", "declinedTotal", "pendingCount"})
public record EstimateView(String diagnosis, List<EstimateItemView> items, BigDecimal approvedTotal, BigDecimal pendingTotal,
                           BigDecimal declinedTotal, int pendingCount) {
}

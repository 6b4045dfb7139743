package io.pitstop.kpi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(description = "An indicator's figure for the shop or one person; value and previous are absent when nothing counted",
        requiredProperties = {"numerator", "denominator", "items", "status"})
public record IndicatorFigure(
        @Schema(description = "The person (absent for the whole shop)") PersonRef subject,
        @Schema(description = "In the indicator's unit", examples = "96.5") Double value,
        @Schema(description = "What met the definition (or the sum of amounts)", examples = "193") BigDecimal numerator,
        @Schema(description = "What counted", examples = "200") BigDecimal denominator,
        @Schema(description = "Rows behind the figure (see the drill-down)", examples = "200") long items,
        @Schema(description = "Median of the items' measure where the indicator has one (minutes to confirm, ...)", examples = "6.5") Double median,
        @Schema(description = "The value of the previous period of the same length", examples = "94.1") Double previous,
        Indicator.Status status) {
}

package io.pitstop.kpi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Set;

@Schema(description = "One indicator: what it means and its figures (one for the shop, or one per person of the scope)",
        requiredProperties = {"code", "definition", "unit", "direction", "scopes", "figures"})
public record IndicatorReport(
        Indicator code,
        @Schema(description = "What it counts, with the configured time limits", examples = "Bookings made in the period that an advisor confirmed within 15 min of being made; ...")
        String definition,
        @Schema(description = "PERCENT (0-100), SCORE (0-100), PER_100 (per 100 orders) or HOURS") Indicator.Unit unit,
        @Schema(description = "The domain's target; absent where it is only tracked", examples = "98") Double target,
        @Schema(description = "AT_LEAST: more is better; AT_MOST: less is better") Indicator.Direction direction,
        @Schema(description = "The scopes it can be broken down by (besides SHOP)") Set<Scope> scopes,
        List<IndicatorFigure> figures) {
}

package io.pitstop.kpi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "The quality indicators of a period, with the previous period of the same length for the trend",
        requiredProperties = {"from", "to", "previousFrom", "previousTo", "scope", "timeZone", "indicators"})
public record KpiReport(
        @Schema(description = "First day, in the shop's time zone", examples = "2026-11-01") LocalDate from,
        @Schema(description = "Last day (included)", examples = "2026-11-30") LocalDate to,
        @Schema(examples = "2026-10-02") LocalDate previousFrom,
        @Schema(examples = "2026-10-31") LocalDate previousTo,
        Scope scope,
        @Schema(examples = "Asia/Shanghai") String timeZone,
        List<IndicatorReport> indicators) {
}

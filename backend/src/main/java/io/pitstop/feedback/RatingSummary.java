package io.pitstop.feedback;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(description = "Satisfaction over a period, for the shop and per person",
        requiredProperties = {"count", "score", "lowCount", "target", "byAdvisor", "byTechnician"})
public record RatingSummary(long count,
                            @Schema(description = "Mean satisfaction score 0-100; null without ratings") BigDecimal score,
                            long lowCount,
                            @Schema(description = "The domain's target (85)") BigDecimal target,
                            List<PersonScore> byAdvisor,
                            List<PersonScore> byTechnician) {
}

package io.pitstop.feedback;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(description = "Ratings of one advisor or technician", requiredProperties = {"id", "name", "count", "score", "lowCount"})
public record PersonScore(String id, String name, long count,
                          @Schema(description = "Mean satisfaction score 0-100") BigDecimal score, long lowCount) {
}

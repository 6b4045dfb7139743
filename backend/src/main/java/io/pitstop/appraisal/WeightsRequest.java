package io.pitstop.appraisal;

import jakarta.validation.constraints.NotEmpty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Map;

@Schema(description = "The weights of a role's components; they must add up to 100", requiredProperties = {"weights"})
public record WeightsRequest(
        @NotEmpty @Schema(examples = "{\"SATISFACTION\": 30, \"SERVICE_COMPLETION\": 20, \"SETTLEMENT_FIRST_TIME_RIGHT\": 10, "
                + "\"COMPLAINTS_RESOLVED_IN_TIME\": 10, \"SELF\": 10, \"SUPERVISOR\": 20}") Map<Component, BigDecimal> weights) {
}

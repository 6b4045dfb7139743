package io.pitstop.appraisal;

import io.pitstop.identity.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Map;

@Schema(description = "How much each component counts in a role's score", requiredProperties = {"role", "weights"})
public record WeightsView(Role role,
                          @Schema(examples = "{\"QC_FIRST_PASS\": 35, \"TECHNICIAN_EFFICIENCY\": 25, \"SELF\": 10, \"SUPERVISOR\": 30}")
                          Map<Component, BigDecimal> weights) {
}

package io.pitstop.appraisal;

import io.pitstop.identity.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Map;

@Schema(description = "How much each component counts in a role's score", requiredProperties = {"role", "weights"})
public record WeightsView(Role role, Map<Component, BigDecimal> weights) {
}

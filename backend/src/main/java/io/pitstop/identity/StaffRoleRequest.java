package io.pitstop.identity;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The new role of a member of staff", requiredProperties = {"role"})
public record StaffRoleRequest(@NotNull @Schema(examples = "TEAM_LEAD") Role role) {
}

package io.pitstop.repair;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "The customer's decisions on pending items; items not named stay pending")
public record ApprovalRequest(@NotEmpty @Size(max = 100) List<@Valid @NotNull ItemDecision> decisions) {
}

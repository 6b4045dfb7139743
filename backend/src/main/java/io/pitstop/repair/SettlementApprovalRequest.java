package io.pitstop.repair;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "The owner's decisions on settlement lines that were never approved on the estimate")
public record SettlementApprovalRequest(@NotEmpty @Size(max = 100) List<@Valid @NotNull SettlementLineDecision> decisions) {
}

package io.pitstop.repair;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "The settlement (结算单): one line for every approved item (quantity 0 with a reason if not done), "
        + "plus any new line with its reason")
public record SettlementRequest(@NotEmpty @Size(max = 100) List<@Valid @NotNull SettlementLineRequest> lines) {
}

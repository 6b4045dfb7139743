package io.pitstop.repair;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "Work found during the repair (增项): it waits for the customer's own approval")
public record SupplementRequest(
        @NotEmpty @Size(max = 30) List<@Valid @NotNull EstimateItemRequest> items,
        @NotBlank @Size(max = 500) @Schema(description = "What was found", examples = "拆检发现刹车盘有裂纹 / the disc is cracked") String finding) {
}

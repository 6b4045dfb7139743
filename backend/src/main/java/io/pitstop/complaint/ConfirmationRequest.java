package io.pitstop.complaint;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The customer's answer to the remedy: accepted closes the complaint, otherwise it is reopened")
public record ConfirmationRequest(@NotNull Boolean accepted,
                                  @Min(1) @Max(5) @Schema(description = "How satisfied with the handling, 1-5") Integer satisfaction,
                                  @Size(max = 1000) String comment) {
}

package io.pitstop.booking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why the booking is cancelled")
public record CancelRequest(@NotBlank @Size(max = 500) @Schema(examples = "行程有变 / change of plans") String reason) {
}

package io.pitstop.shop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why the shop is closed that day")
public record ClosedDayRequest(
        @NotBlank @Size(max = 120) @Schema(examples = "春节 Spring Festival") String reason) {
}

package io.pitstop.shop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

@Schema(description = "A service bay to create or update")
public record BayRequest(
        @NotBlank @Size(max = 20) @Pattern(regexp = "^[A-Za-z0-9-]+$", message = "{pitstop.bay.code}")
        @Schema(examples = "B4") String code,
        @NotBlank @Size(max = 60) @Schema(examples = "钣喷") String name,
        @Size(max = 60) @Schema(description = "The name in the English UI; absent: unchanged; blank: none (the name in every language)", examples = "Body and paint") String nameEn,
        @NotEmpty @Schema(examples = "[\"BODY_PAINT\"]") Set<@NotNull Skill> skills,
        @Schema(description = "Defaults to true", examples = "true") Boolean active) {
}

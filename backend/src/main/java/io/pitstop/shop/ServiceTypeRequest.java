package io.pitstop.shop;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A service type to create or update")
public record ServiceTypeRequest(
        @NotBlank @Size(max = 60) @Schema(examples = "小保养") String nameZh,
        @NotBlank @Size(max = 60) @Schema(examples = "Minor service") String nameEn,
        @NotNull @Min(15) @Max(1440) @Schema(description = "Multiple of 15 minutes", examples = "60") Integer durationMinutes,
        @NotNull Skill skill,
        @Schema(description = "Defaults to true", examples = "true") Boolean active) {
}

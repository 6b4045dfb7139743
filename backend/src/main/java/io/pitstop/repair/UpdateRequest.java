package io.pitstop.repair;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "A progress update for the owner: what was done, what was found, the time left")
public record UpdateRequest(
        @NotBlank @Size(max = 1000) @Schema(examples = "旧刹车片已拆下，正在安装新片 / old pads off, fitting the new ones") String message,
        @Size(max = 80) @Schema(description = "The current step", examples = "更换刹车片 / replacing brake pads") String step,
        @Schema(description = "A photo uploaded to the order (purpose PROGRESS)") UUID photoId,
        @Min(0) @Max(20160) @Schema(description = "New estimate of the time left", examples = "45") Integer remainingMinutes) {
}

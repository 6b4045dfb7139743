package io.pitstop.improvement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What was done", requiredProperties = {"note"})
public record ImprovementDone(@NotBlank @Size(max = 1000) @Schema(examples = "已执行，流程写入交车手册") String note) {
}

package io.pitstop.repair;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why a signed settlement must change; the owner signs again afterwards")
public record ReopenRequest(@NotBlank @Size(max = 300) @Schema(examples = "漏记机油添加剂 / oil additive was not billed") String reason) {
}

package io.pitstop.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A piece of the order's record: REPAIR_EVENT by its sequence number, ATTACHMENT by its id")
public record EvidenceRef(@NotNull EvidenceKind kind, @NotBlank @Size(max = 40) @Schema(examples = "7") String id) {
}

package io.pitstop.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"kind", "id", "label"})
public record EvidenceView(EvidenceKind kind, String id, @Schema(description = "What it is, for the reader") String label) {
}

package io.pitstop.repair;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "A decision on one estimate item")
public record ItemDecision(
        @NotNull UUID itemId,
        @NotNull @Schema(type = SchemaType.STRING, enumeration = {"APPROVED", "DECLINED"}) Decision decision) {
}

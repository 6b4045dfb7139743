package io.pitstop.repair;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "The old part of one settlement line that names a catalogue part, as handed over")
public record OldPartRequest(
        @NotNull @Schema(description = "The settlement line") UUID lineId,
        @NotNull OldPartDisposition disposition) {
}

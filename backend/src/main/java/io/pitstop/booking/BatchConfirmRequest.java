package io.pitstop.booking;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(description = "Requested bookings an advisor confirms at once (a name twice counts once)")
public record BatchConfirmRequest(
        @NotNull @Size(min = 1, max = 50) @Schema(description = "1 to 50 booking ids") List<@NotNull UUID> ids) {
}

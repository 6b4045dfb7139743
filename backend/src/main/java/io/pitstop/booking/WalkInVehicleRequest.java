package io.pitstop.booking;

import io.pitstop.identity.ValidPhone;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A vehicle added by staff for a phone or walk-in customer, who is created if new")
public record WalkInVehicleRequest(
        @NotBlank @ValidPhone @Schema(examples = "13912345678") String customerPhone,
        @NotBlank @Size(max = 50) @Schema(examples = "王先生") String customerName,
        @NotNull @Valid VehicleRequest vehicle) {
}

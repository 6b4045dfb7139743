package io.pitstop.booking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A customer's vehicle")
public record VehicleRequest(
        @NotBlank @Size(max = 12) @Schema(description = "Chinese plate; new-energy plates have 6 characters after the letter", examples = "沪AD12345") String plate,
        @NotBlank @Size(max = 20) @Schema(description = "17 characters, no I, O or Q", examples = "LSVAU2180N2183294") String vin,
        @NotBlank @Size(max = 40) @Schema(examples = "大众 Volkswagen") String make,
        @NotBlank @Size(max = 60) @Schema(examples = "朗逸 Lavida") String model,
        @NotNull @Min(1950) @Max(2100) @Schema(examples = "2022") Integer year,
        @NotNull @Min(0) @Max(5_000_000) @Schema(examples = "36500") Integer mileageKm,
        @Schema(description = "Defaults to PETROL for a new vehicle; unchanged on an update without it", examples = "EV") EnergyType energyType) {
}

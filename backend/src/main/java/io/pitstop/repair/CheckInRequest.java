package io.pitstop.repair;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(description = "Reception (接车检查): the car's state, recorded with the customer. Either a confirmed booking "
        + "(appointmentId) or, for a walk-in, one of the customer's vehicles (vehicleId).")
public record CheckInRequest(
        @Schema(description = "The confirmed booking the car came for") UUID appointmentId,
        @Schema(description = "Walk-in: the vehicle (look it up by the customer's phone)") UUID vehicleId,
        @NotNull @Min(0) @Max(5_000_000) @Schema(examples = "42180") Integer mileageKm,
        @NotNull FuelLevel fuelLevel,
        @Size(max = 1000) @Schema(description = "Scratches, dents, cracks", examples = "左后门轻微划痕 / light scratch on the rear left door") String bodyDamage,
        @Size(max = 12) @Schema(description = "Warning lights on at reception", examples = "[\"ENGINE\", \"TPMS\"]")
        List<@NotBlank @Size(max = 30) String> warningLights,
        @NotBlank @Size(max = 2000) @Schema(examples = "冷车启动时发动机异响 / engine knocks on cold start") String symptoms,
        @NotNull FaultReproduced faultReproduced,
        @Schema(description = "Safety-critical work (brakes, steering...): must start within 30 minutes of approval; "
                + "defaults to the booking's emergency flag") Boolean safetyCritical) {

    public List<String> lights() {
        return warningLights == null ? List.of() : warningLights.stream().map(String::strip).distinct().toList();
    }
}

package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "The car's state at reception", requiredProperties = {"mileageKm", "fuelLevel", "warningLights", "symptoms", "faultReproduced"})
public record Reception(int mileageKm, FuelLevel fuelLevel, String bodyDamage, List<String> warningLights, String symptoms,
                        FaultReproduced faultReproduced) {
}

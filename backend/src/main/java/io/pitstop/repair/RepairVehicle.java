package io.pitstop.repair;

import io.pitstop.booking.EnergyType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"id", "plate", "vin", "make", "model", "energyType"})
public record RepairVehicle(String id, String plate, String vin, String make, String model,
                            @Schema(description = "What the reception gauge reads: fuel, or an EV's battery") EnergyType energyType) {
}

package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"id", "plate", "vin", "make", "model"})
public record RepairVehicle(String id, String plate, String vin, String make, String model) {
}

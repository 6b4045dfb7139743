package io.pitstop.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A customer's vehicle", requiredProperties = {"id", "customerId", "plate", "vin", "make", "model", "year", "mileageKm", "energyType"})
public record VehicleView(
        @Schema(examples = "5b0f3a57-2f5e-4d8e-9f34-7a1c2d3e4f50") String id,
        String customerId,
        @Schema(examples = "沪AD12345") String plate,
        @Schema(examples = "LSVAU2180N2183294") String vin,
        @Schema(examples = "大众 Volkswagen") String make,
        @Schema(examples = "朗逸 Lavida") String model,
        @Schema(examples = "2022") int year,
        @Schema(examples = "36500") int mileageKm,
        EnergyType energyType,
        @Schema(description = "Staff only (absent for customers): another customer already had this plate or VIN on file "
                + "when this vehicle was added; check who holds the car") Boolean claimedElsewhere) {
}

package io.pitstop.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The vehicle of an appointment", requiredProperties = {"id", "plate", "make", "model"})
public record AppointmentVehicle(String id, @Schema(examples = "沪A12345") String plate, String make, String model) {
}

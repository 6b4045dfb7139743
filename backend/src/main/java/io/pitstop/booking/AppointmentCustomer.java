package io.pitstop.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The customer of an appointment", requiredProperties = {"id", "name", "phone"})
public record AppointmentCustomer(String id, @Schema(examples = "李明") String name, @Schema(examples = "13900000001") String phone) {
}

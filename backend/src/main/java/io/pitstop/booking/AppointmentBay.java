package io.pitstop.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The bay the appointment holds", requiredProperties = {"id", "code", "name"})
public record AppointmentBay(String id, @Schema(examples = "B1") String code, @Schema(examples = "快修 1 号") String name,
                             @Schema(description = "The name in the English UI, when given", examples = "Quick service 1") String nameEn) {
}

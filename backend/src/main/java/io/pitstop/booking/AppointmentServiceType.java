package io.pitstop.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The service booked", requiredProperties = {"code", "nameZh", "nameEn", "durationMinutes"})
public record AppointmentServiceType(@Schema(examples = "MINOR_SERVICE") String code, @Schema(examples = "小保养") String nameZh,
                                     @Schema(examples = "Minor service") String nameEn, @Schema(examples = "60") int durationMinutes) {
}

package io.pitstop.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The service advisor who confirmed the booking and owns it (首问负责制)", requiredProperties = {"id", "name", "phone"})
public record AppointmentAdvisor(String id, @Schema(examples = "王芳") String name, @Schema(examples = "13800000002") String phone) {
}

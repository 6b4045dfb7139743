package io.pitstop.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "A customer as staff see them, with their vehicles", requiredProperties = {"id", "name", "phone", "registered", "vehicles"})
public record CustomerView(
        String id,
        @Schema(examples = "李明") String name,
        @Schema(examples = "13900000001") String phone,
        @Schema(description = "False for a customer created by staff who has not registered in the app yet") boolean registered,
        List<VehicleView> vehicles) {
}

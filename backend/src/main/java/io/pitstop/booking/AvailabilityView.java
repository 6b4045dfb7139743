package io.pitstop.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "Bookable start times of a service type", requiredProperties = {"serviceType", "durationMinutes", "timeZone", "slots"})
public record AvailabilityView(
        @Schema(examples = "MINOR_SERVICE") String serviceType,
        @Schema(examples = "60") int durationMinutes,
        @Schema(examples = "Asia/Shanghai") String timeZone,
        List<SlotView> slots) {
}

package io.pitstop.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "Bookable start times of a service type", requiredProperties = {"serviceType", "durationMinutes", "timeZone", "slots"})
public record AvailabilityView(
        @Schema(examples = "MINOR_SERVICE") String serviceType,
        @Schema(examples = "60") int durationMinutes,
        @Schema(examples = "Asia/Shanghai") String timeZone,
        List<SlotView> slots,
        @Schema(description = "Emergency queries only, while the shop is closed: when it opens; the slots offered are the first at opening")
        OffsetDateTime opensAt,
        @Schema(description = "Emergency queries only: the shop's emergency / rescue line, absent when not set", examples = "400-800-1234")
        String emergencyPhone) {

    public AvailabilityView(String serviceType, int durationMinutes, String timeZone, List<SlotView> slots) {
        this(serviceType, durationMinutes, timeZone, slots, null, null);
    }
}

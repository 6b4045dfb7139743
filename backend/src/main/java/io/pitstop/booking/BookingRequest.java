package io.pitstop.booking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(description = "A booking. Customers name one of their vehicles; staff and partner apps name the customer by "
        + "phone and the vehicle by id or plate.")
public record BookingRequest(
        @Schema(description = "One of the customer's vehicles") UUID vehicleId,
        @Size(max = 20) @Schema(description = "Staff and partners: the customer's phone", examples = "13900000001") String customerPhone,
        @Size(max = 12) @Schema(description = "Staff and partners: the vehicle's plate, instead of vehicleId", examples = "沪A12345") String plate,
        @NotBlank @Size(max = 40) @Schema(examples = "MINOR_SERVICE") String serviceType,
        @NotNull @Schema(description = "A start time offered by the availability endpoint", examples = "2026-11-25T09:00:00+08:00") OffsetDateTime start,
        @NotNull @Size(max = 1000) @Schema(description = "What the owner noticed", examples = "仪表盘保养灯亮了 / service light is on") String faultDescription,
        @NotNull Channel channel,
        @Schema(description = "Car will not start, or a safety issue: books within the next hour", examples = "false") boolean emergency,
        @Min(0) @Max(2_000_000) @Schema(description = "The odometer as the owner reads it, km", examples = "42180") Integer mileageKm,
        @Schema(description = "Whether the owner waits at the shop or drops the car off") Handover handover) {
}

package io.pitstop.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(description = "A booking (预约). Times are in the shop's time zone, with offset.",
        requiredProperties = {"id", "reference", "status", "emergency", "channel", "start", "end", "serviceType", "customer",
                "vehicle", "bay", "faultDescription", "confirmBy", "escalated", "createdAt", "changeableUntil"})
public record AppointmentView(
        String id,
        @Schema(description = "Short reference to quote on the phone", examples = "BK-7Q2M9X") String reference,
        AppointmentStatus status,
        boolean emergency,
        Channel channel,
        @Schema(examples = "2026-11-25T09:00:00+08:00") OffsetDateTime start,
        @Schema(examples = "2026-11-25T10:00:00+08:00") OffsetDateTime end,
        AppointmentServiceType serviceType,
        AppointmentCustomer customer,
        AppointmentVehicle vehicle,
        AppointmentBay bay,
        String faultDescription,
        @Schema(description = "Set once an advisor confirms") AppointmentAdvisor advisor,
        @Schema(description = "An advisor must confirm by then (15 minutes after booking)") OffsetDateTime confirmBy,
        @Schema(description = "Not confirmed in time: raised to the advisors' board and the manager") boolean escalated,
        OffsetDateTime createdAt,
        OffsetDateTime confirmedAt,
        @Schema(description = "The customer may reschedule or cancel until then") OffsetDateTime changeableUntil) {
}

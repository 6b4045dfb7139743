package io.pitstop.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "A booking (预约). Times are in the shop's time zone, with offset.",
        requiredProperties = {"id", "reference", "status", "emergency", "channel", "start", "end", "serviceType", "customer",
                "vehicle", "bay", "faultDescription", "confirmBy", "escalated", "createdAt", "changeableUntil", "warnings"})
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
        @Schema(description = "The customer may reschedule or cancel until then") OffsetDateTime changeableUntil,
        @Schema(description = "The odometer as the owner stated it when booking, km", examples = "42180") Integer mileageKm,
        @Schema(description = "Whether the owner waits at the shop or drops the car off, as they said") Handover handover,
        @Schema(description = "What the advisor should know before confirming (requested and confirmed bookings): the car is "
                + "already in the workshop, or the customer holds an overlapping booking") List<BookingWarning> warnings) {
}

package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "A repair order (服务工单). Times are in the shop's time zone, with offset.",
        requiredProperties = {"id", "reference", "status", "customer", "vehicle", "advisor", "reception", "safetyCritical",
                "estimate", "delays", "attachments", "delayed", "updateOverdue", "checkedInAt", "lastSeq", "nextSteps"})
public record RepairOrderView(
        String id,
        @Schema(examples = "RO-4K7P2Q") String reference,
        RepairStatus status,
        String appointmentId,
        RepairPerson customer,
        RepairVehicle vehicle,
        RepairPerson advisor,
        RepairPerson technician,
        Reception reception,
        boolean safetyCritical,
        EstimateView estimate,
        @Schema(description = "Expected workshop time, from the estimate") Integer expectedMinutes,
        @Schema(description = "Promised completion: set at approval, moved only by a delay") OffsetDateTime promisedAt,
        boolean delayed,
        List<DelayView> delays,
        String currentStep,
        Integer remainingMinutes,
        OffsetDateTime lastUpdateAt,
        @Schema(description = "A repair longer than 2 hours without an update in the last hour") boolean updateOverdue,
        SettlementView settlement,
        List<AttachmentView> attachments,
        LocalDate nextServiceDueDate,
        Integer nextServiceDueKm,
        OffsetDateTime checkedInAt,
        OffsetDateTime approvedAt,
        OffsetDateTime dispatchedAt,
        OffsetDateTime readyAt,
        OffsetDateTime deliveredAt,
        @Schema(description = "The order's latest event (its stream's position)") int lastSeq,
        @Schema(description = "The moves the caller may make now with the transitions endpoint") List<RepairStatus> nextSteps,
        @Schema(description = "Staff only: the delay to declare for parts awaited beyond the promise") DelayProposal delayProposal) {
}

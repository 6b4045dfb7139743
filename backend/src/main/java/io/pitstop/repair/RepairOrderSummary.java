package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(description = "A line of the board or of a customer's history",
        requiredProperties = {"id", "reference", "status", "plate", "vehicle", "customerName", "advisorName", "safetyCritical",
                "delayed", "updateOverdue", "pendingItems", "checkedInAt", "lastSeq"})
public record RepairOrderSummary(
        String id,
        String reference,
        RepairStatus status,
        String plate,
        @Schema(examples = "大众 朗逸") String vehicle,
        String customerName,
        String advisorName,
        String technicianName,
        boolean safetyCritical,
        OffsetDateTime promisedAt,
        boolean delayed,
        String currentStep,
        Integer remainingMinutes,
        OffsetDateTime lastUpdateAt,
        boolean updateOverdue,
        @Schema(description = "Estimate items waiting for the customer") int pendingItems,
        OffsetDateTime checkedInAt,
        OffsetDateTime deliveredAt,
        @Schema(description = "Recorded at delivery") java.time.LocalDate nextServiceDueDate,
        Integer nextServiceDueKm,
        int lastSeq) {
}

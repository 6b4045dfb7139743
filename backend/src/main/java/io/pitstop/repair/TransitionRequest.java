package io.pitstop.repair;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "A move of the workshop flow. DISPATCHED needs technicianId (team lead); WAITING_PARTS, a failed "
        + "QUALITY_CHECK (back to IN_REPAIR) and CANCELLED need a reason.")
public record TransitionRequest(
        @NotNull @Schema(examples = "DISPATCHED") RepairStatus to,
        @Schema(description = "DISPATCHED: the technician who does the work") UUID technicianId,
        @Size(max = 500) @Schema(examples = "等待刹车盘到货 / waiting for the brake disc") String reason) {
}

package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Someone the team lead can dispatch to, with their current workload",
        requiredProperties = {"id", "name", "role", "activeOrders"})
public record TechnicianView(String id, String name,
                             @Schema(examples = "TECHNICIAN") String role,
                             @Schema(description = "Orders assigned and not yet READY (dispatched, in repair, waiting for parts, in QC)") int activeOrders) {
}

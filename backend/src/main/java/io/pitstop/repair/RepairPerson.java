package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"id", "name"})
public record RepairPerson(String id, String name, @Schema(description = "Shown for the customer and the advisor") String phone) {
}

package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "The warranty of one billed part or labour line: whichever comes first, the date or the mileage",
        requiredProperties = {"kind", "description", "months", "km", "validUntil", "validUntilKm"})
public record WarrantyCard(ItemKind kind, String description, int months, int km, LocalDate validUntil, int validUntilKm) {
}

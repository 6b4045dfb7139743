package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pitstop.parts.PartOrigin;

import java.time.LocalDate;

@Schema(description = "The warranty of one billed part or labour line: whichever comes first, the date or the mileage; a catalogue "
        + "part carries the catalogue's warranty, its origin and the old part's disposition",
        requiredProperties = {"kind", "description", "months", "km", "validUntil", "validUntilKm"})
public record WarrantyCard(ItemKind kind, String description, int months, int km, LocalDate validUntil, int validUntilKm,
                           @Schema(description = "A catalogue part's number") String partNumber,
                           @Schema(description = "A catalogue part: genuine (原厂件) or certified (认证件)") PartOrigin origin,
                           @Schema(description = "A catalogue part: what became of the part it replaced") OldPartDisposition oldPart) {
}

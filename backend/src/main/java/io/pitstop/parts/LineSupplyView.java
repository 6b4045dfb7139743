package io.pitstop.parts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(description = "Where an order line's part stands", requiredProperties = {"lineId", "orderId", "partId", "quantity", "state", "reserved", "issued"})
public record LineSupplyView(
        UUID lineId,
        UUID orderId,
        UUID partId,
        BigDecimal quantity,
        SupplyState state,
        @Schema(description = "Held for the line now") BigDecimal reserved,
        @Schema(description = "Handed to the technician (less what came back)") BigDecimal issued,
        @Schema(description = "While SHORT: when the part should arrive") OffsetDateTime expectedAt,
        @Schema(description = "While SHORT: the purchase order expected to bring it; absent when it is still to be bought") UUID purchaseOrderId,
        @Schema(description = "When the technician asked for it to be issued") OffsetDateTime requestedAt) {

    /** The view of a line as the port gives it. */
    public static LineSupplyView of(LineSupply s) {
        return new LineSupplyView(s.lineId(), s.orderId(), s.part() == null ? null : s.part().id(), s.quantity(), s.state(),
                s.reserved(), s.issued(), s.expectedAt() == null ? null : s.expectedAt().atOffset(java.time.ZoneOffset.UTC),
                s.purchaseOrderId(), s.askedAt() == null ? null : s.askedAt().atOffset(java.time.ZoneOffset.UTC));
    }
}

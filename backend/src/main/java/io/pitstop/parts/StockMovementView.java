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

@Schema(description = "One row of a part's ledger, with the stock after it", requiredProperties = {"id", "at", "kind", "onHandDelta", "reservedDelta", "onHandAfter", "reservedAfter"})
public record StockMovementView(
        @Schema(examples = "1042") long id,
        OffsetDateTime at,
        MovementKind kind,
        BigDecimal onHandDelta,
        BigDecimal reservedDelta,
        @Schema(description = "On hand after this movement") BigDecimal onHandAfter,
        @Schema(description = "Reserved after this movement") BigDecimal reservedAfter,
        UUID orderId,
        UUID lineId,
        UUID purchaseOrderId,
        UUID receiptId,
        UUID countId,
        BigDecimal unitCost,
        String reason,
        @Schema(description = "Who recorded it; absent when a job did") UUID actorId,
        @Schema(description = "The order of orderId as the desk names it (reference · plate)", examples = "RO-4K7P2Q · 沪A12345") String orderLabel,
        @Schema(description = "The number of purchaseOrderId", examples = "PO-20261207-001") String purchaseOrderNumber) {
}

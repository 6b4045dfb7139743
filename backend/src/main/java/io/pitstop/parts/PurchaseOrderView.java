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

@Schema(description = "A purchase order", requiredProperties = {"id", "number", "supplier", "status", "createdAt", "createdBy", "total", "lines"})
public record PurchaseOrderView(
        UUID id,
        @Schema(examples = "PO-20261207-001") String number,
        PurchaseOrderSupplier supplier,
        PurchaseOrderStatus status,
        OffsetDateTime expectedAt,
        OffsetDateTime createdAt,
        UUID createdBy,
        OffsetDateTime sentAt,
        OffsetDateTime closedAt,
        String note,
        @Schema(description = "Sum of quantity times unit cost, yuan") BigDecimal total,
        List<PurchaseOrderLineView> lines) {
}

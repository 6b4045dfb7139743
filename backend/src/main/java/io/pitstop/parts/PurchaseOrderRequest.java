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

@Schema(description = "A purchase order to an approved supplier, created as DRAFT", requiredProperties = {"supplierId", "lines"})
public record PurchaseOrderRequest(
        @NotNull UUID supplierId,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull PurchaseOrderLineRequest> lines,
        @Schema(description = "When it should arrive; by default set when sent from the longest lead time") OffsetDateTime expectedAt,
        @Size(max = 500) String note) {
}

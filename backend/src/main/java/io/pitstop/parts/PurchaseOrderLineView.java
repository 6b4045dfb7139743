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

@Schema(description = "A line of a purchase order with what came", requiredProperties = {"id", "position", "partId", "partNumber", "nameZh", "unit", "quantity", "unitCost", "received", "rejected", "open"})
public record PurchaseOrderLineView(
        UUID id,
        int position,
        UUID partId,
        String partNumber,
        String nameZh,
        String nameEn,
        @Schema(description = "How the quantities are counted") PartUnit unit,
        BigDecimal quantity,
        BigDecimal unitCost,
        @Schema(description = "Passed inspection and taken into stock") BigDecimal received,
        @Schema(description = "Rejected at inspection and returned to the supplier") BigDecimal rejected,
        @Schema(description = "Still to come: quantity less received") BigDecimal open) {
}

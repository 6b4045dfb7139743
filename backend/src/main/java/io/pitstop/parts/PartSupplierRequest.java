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

@Schema(description = "An approved supplier of a part with the agreed terms", requiredProperties = {"supplierId", "leadTimeDays", "purchasePrice"})
public record PartSupplierRequest(
        @NotNull UUID supplierId,
        @NotNull @Min(1) @Max(365) @Schema(description = "Days from order to delivery", examples = "3") Integer leadTimeDays,
        @NotNull @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2) @Schema(description = "The agreed purchase price, yuan", examples = "210.00") BigDecimal purchasePrice,
        @Schema(description = "The supplier suggestions and shortages go to; at most one per part") boolean preferred) {
}

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

@Schema(description = "A line of a purchase order", requiredProperties = {"partId", "quantity", "unitCost"})
public record PurchaseOrderLineRequest(
        @NotNull UUID partId,
        @NotNull @DecimalMin(value = "0.01") @DecimalMax("99999") @Digits(integer = 5, fraction = 2) @Schema(examples = "10") BigDecimal quantity,
        @NotNull @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2) @Schema(description = "Yuan per unit", examples = "210.00") BigDecimal unitCost) {
}

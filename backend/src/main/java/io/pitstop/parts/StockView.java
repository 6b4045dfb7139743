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

@Schema(description = "The stock of a part, computed from the ledger", requiredProperties = {"onHand", "reserved", "available", "onOrder", "short"})
public record StockView(
        @Schema(description = "On the shelf", examples = "5") BigDecimal onHand,
        @Schema(description = "Held for approved order lines", examples = "2") BigDecimal reserved,
        @Schema(description = "On hand and not reserved", examples = "3") BigDecimal available,
        @Schema(description = "Still to come on sent purchase orders", examples = "10") BigDecimal onOrder,
        @JsonProperty("short") @Schema(name = "short", description = "Awaited by order lines that could not be reserved", examples = "0") BigDecimal shortage) {
}

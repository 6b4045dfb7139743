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

@Schema(description = "A part as counted on the shelf", requiredProperties = {"partId", "counted"})
public record StockCountLineRequest(
        @NotNull UUID partId,
        @NotNull @DecimalMin(value = "0") @DecimalMax("99999") @Digits(integer = 5, fraction = 2) @Schema(examples = "4") BigDecimal counted,
        @Size(max = 300) @Schema(description = "Required when the count differs from the ledger", examples = "上次领用未登记 / an issue not recorded") String reason) {
}

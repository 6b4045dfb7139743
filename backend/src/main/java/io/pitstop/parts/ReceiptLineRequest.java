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

@Schema(description = "What arrived for one purchase order line and what the inspection found", requiredProperties = {"lineId", "arrived", "rejected", "specOk", "modelOk", "quantityOk", "genuineOk", "packagingOk"})
public record ReceiptLineRequest(
        @NotNull @Schema(description = "The purchase order line") UUID lineId,
        @NotNull @DecimalMin(value = "0.01") @DecimalMax("99999") @Digits(integer = 5, fraction = 2) @Schema(examples = "10") BigDecimal arrived,
        @NotNull @DecimalMin(value = "0") @DecimalMax("99999") @Digits(integer = 5, fraction = 2) @Schema(description = "Refused at inspection, returned to the supplier", examples = "0") BigDecimal rejected,
        @Size(max = 300) @Schema(description = "Required when something is rejected", examples = "包装破损 / damaged packaging") String rejectReason,
        @NotNull @Schema(description = "Specification matches (规格)") Boolean specOk,
        @NotNull @Schema(description = "Model matches (型号)") Boolean modelOk,
        @NotNull @Schema(description = "Quantity matches (数量)") Boolean quantityOk,
        @NotNull @Schema(description = "Genuine or certified as ordered (原厂/认证)") Boolean genuineOk,
        @NotNull @Schema(description = "Packaging intact (kept until the customer accepts the car)") Boolean packagingOk) {
}

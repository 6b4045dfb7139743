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

@Schema(description = "A part awaited by order lines", requiredProperties = {"partId", "partNumber", "nameZh", "unit", "shortQuantity", "waiting", "expectedAt"})
public record ShortageView(
        UUID partId,
        String partNumber,
        String nameZh,
        String nameEn,
        @Schema(description = "How the quantities are counted") PartUnit unit,
        @Schema(description = "Awaited in total") BigDecimal shortQuantity,
        List<WaitingLineView> waiting,
        @Schema(description = "The earliest expected arrival") OffsetDateTime expectedAt,
        @Schema(description = "The purchase order expected to bring it; absent: still to be bought") UUID purchaseOrderId) {
}

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

@Schema(description = "A purchase the stock asks for", requiredProperties = {"partId", "partNumber", "nameZh", "unit", "quantity", "why"})
public record PurchaseSuggestionView(
        UUID partId,
        String partNumber,
        String nameZh,
        String nameEn,
        @Schema(description = "How the quantities are counted") PartUnit unit,
        @Schema(description = "The preferred supplier; absent when the part has none") UUID supplierId,
        String supplierName,
        BigDecimal quantity,
        @Schema(description = "The preferred supplier's agreed price") BigDecimal unitCost,
        SuggestionReason why) {
}

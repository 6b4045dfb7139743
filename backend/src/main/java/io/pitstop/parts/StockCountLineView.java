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

@Schema(description = "A counted part: the ledger's on-hand at the count, what was counted, the difference", requiredProperties = {"partId", "partNumber", "nameZh", "unit", "expected", "counted", "difference"})
public record StockCountLineView(
        UUID partId,
        String partNumber,
        String nameZh,
        String nameEn,
        @Schema(description = "How the quantities are counted") PartUnit unit,
        BigDecimal expected,
        BigDecimal counted,
        BigDecimal difference,
        String reason) {
}

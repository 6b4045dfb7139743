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

@Schema(description = "A catalogue entry with its stock and approved suppliers", requiredProperties = {"id", "partNumber", "nameZh", "brand", "origin", "unit", "listPrice", "minStock", "active", "stock", "belowMinimum", "suppliers"})
public record PartView(
        UUID id,
        @Schema(examples = "5Q0698151B") String partNumber,
        @Schema(examples = "前刹车片") String nameZh,
        @Schema(examples = "Front brake pads") String nameEn,
        @Schema(examples = "Volkswagen") String brand,
        PartOrigin origin,
        PartUnit unit,
        @Schema(examples = "480.00") BigDecimal listPrice,
        @Schema(examples = "4") BigDecimal minStock,
        Integer warrantyMonths,
        Integer warrantyKm,
        String location,
        boolean active,
        StockView stock,
        @Schema(description = "Available plus on order minus short is below the minimum") boolean belowMinimum,
        List<PartSupplierView> suppliers) {
}

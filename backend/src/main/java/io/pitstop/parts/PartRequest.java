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

@Schema(description = "A catalogue entry (配件目录), as created or changed; suppliers replace the approved list", requiredProperties = {"partNumber", "nameZh", "brand", "origin", "unit", "listPrice", "minStock"})
public record PartRequest(
        @NotBlank @Size(max = 40) @Schema(examples = "5Q0698151B") String partNumber,
        @NotBlank @Size(max = 120) @Schema(examples = "前刹车片") String nameZh,
        @Size(max = 120) @Schema(examples = "Front brake pads") String nameEn,
        @NotBlank @Size(max = 60) @Schema(examples = "Volkswagen") String brand,
        @NotNull PartOrigin origin,
        @NotNull PartUnit unit,
        @NotNull @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2) @Schema(description = "What the customer pays, yuan, VAT included", examples = "480.00") BigDecimal listPrice,
        @NotNull @DecimalMin(value = "0") @DecimalMax("99999") @Digits(integer = 5, fraction = 2) @Schema(description = "Below this, a purchase is suggested", examples = "4") BigDecimal minStock,
        @Min(1) @Max(120) @Schema(examples = "12") Integer warrantyMonths,
        @Min(1) @Max(1000000) @Schema(examples = "20000") Integer warrantyKm,
        @Size(max = 30) @Schema(description = "Shelf", examples = "A-03-2") String location,
        @Schema(description = "False takes it out of the catalogue for new lines (default true)") Boolean active,
        @Size(max = 10) List<@Valid @NotNull PartSupplierRequest> suppliers) {
}

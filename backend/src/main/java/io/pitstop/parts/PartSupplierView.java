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

@Schema(description = "An approved supplier of the part", requiredProperties = {"supplierId", "name", "leadTimeDays", "purchasePrice", "preferred"})
public record PartSupplierView(
        UUID supplierId,
        @Schema(examples = "广州众诚汽配") String name,
        @Schema(examples = "Guangzhou Zhongcheng Auto Parts") String nameEn,
        @Schema(examples = "3") int leadTimeDays,
        @Schema(examples = "210.00") BigDecimal purchasePrice,
        boolean preferred) {
}

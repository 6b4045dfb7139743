package io.pitstop.shop;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(description = "A service type to create or update")
public record ServiceTypeRequest(
        @NotBlank @Size(max = 60) @Schema(examples = "小保养") String nameZh,
        @NotBlank @Size(max = 60) @Schema(examples = "Minor service") String nameEn,
        @NotNull @Min(15) @Max(1440) @Schema(description = "Multiple of 15 minutes", examples = "60") Integer durationMinutes,
        @NotNull Skill skill,
        @Schema(description = "Defaults to true", examples = "true") Boolean active,
        @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2)
        @Schema(description = "Lowest price, yuan with VAT; none: the price is quoted at reception", examples = "380")
        BigDecimal priceMin,
        @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2)
        @Schema(description = "Highest price, yuan; at least priceMin. Without it the price reads \"from priceMin\"", examples = "680")
        BigDecimal priceMax,
        @Size(max = 200) @Schema(description = "What the owner brings, said in the reminder; none: the shop's usual list", examples = "行驶证、保养手册、车钥匙和防盗螺丝钥匙")
        String bringZh,
        @Size(max = 200) @Schema(examples = "Vehicle licence, maintenance booklet, keys and wheel-lock key") String bringEn) {
}

package io.pitstop.shop;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(description = "A kind of service customers can book, with its default duration and price range",
        requiredProperties = {"code", "nameZh", "nameEn", "durationMinutes", "skill", "active"})
public record ServiceTypeView(
        @Schema(examples = "MINOR_SERVICE") String code,
        @Schema(examples = "小保养") String nameZh,
        @Schema(examples = "Minor service") String nameEn,
        @Schema(examples = "60") int durationMinutes,
        Skill skill,
        boolean active,
        @Schema(description = "Lowest price, yuan with VAT; absent: quoted at reception", examples = "380") BigDecimal priceMin,
        @Schema(description = "Highest price, yuan; absent with a priceMin: \"from priceMin\"", examples = "680") BigDecimal priceMax,
        @Schema(description = "What to bring, when the shop set it for this service (else its usual list)") String bringZh,
        String bringEn) {
}

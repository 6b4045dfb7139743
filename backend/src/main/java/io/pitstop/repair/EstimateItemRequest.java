package io.pitstop.repair;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

@Schema(description = "One line of an estimate: labour (quantity in hours) or a part, from the catalogue (partId) or sublet "
        + "work / a part from outside the catalogue (no partId)")
public record EstimateItemRequest(
        @NotNull ItemKind kind,
        @Size(max = 200) @Schema(description = "Required unless partId is given (then it defaults to the part's name)",
                examples = "更换前刹车片 / replace front brake pads") String description,
        @Size(max = 40) @Schema(description = "Free-text part number of a sublet or non-catalogue part; a catalogue line takes the "
                + "catalogue's", examples = "1K0698151A") String partNumber,
        @NotNull @DecimalMin(value = "0.01") @DecimalMax("9999") @Digits(integer = 4, fraction = 2) @Schema(examples = "1") BigDecimal quantity,
        @NotNull @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2) @Schema(description = "Yuan, VAT included", examples = "480.00") BigDecimal unitPrice,
        @NotNull Necessity necessity,
        @NotBlank @Size(max = 500) @Schema(description = "Why it is needed, in the customer's words", examples = "刹车片剩余 2 mm，低于安全限值 / 2 mm left, below the safety limit") String reason,
        @Schema(description = "A PART line's catalogue part (active); approving the line reserves it") UUID partId) {
}

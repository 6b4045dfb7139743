package io.pitstop.repair;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(description = "The payment received at hand-over: it matches the settlement's total, or the difference says why")
public record PaymentRequest(
        @NotNull PaymentMethod method,
        @NotNull @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) @Schema(examples = "1325.00") BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{3,39}") @Schema(description = "The invoice (发票) number: 4-40 letters, digits or dashes",
                examples = "31002400000012345678") String invoiceNumber,
        @Size(max = 300) @Schema(description = "Required when the amount differs from the settlement's total",
                examples = "抹零 / rounded down") String differenceReason) {
}

package io.pitstop.repair;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

@Schema(description = "A billed line: against an approved estimate item (itemId) or new; a difference needs its reason")
public record SettlementLineRequest(
        @Schema(description = "The approved estimate item it bills; none for a line that was not estimated") UUID itemId,
        @NotNull ItemKind kind,
        @Size(max = 200) @Schema(description = "Required unless partId is given (then it defaults to the part's name)") String description,
        @NotNull @DecimalMin("0") @DecimalMax("9999") @Digits(integer = 4, fraction = 2) BigDecimal quantity,
        @NotNull @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2) BigDecimal unitPrice,
        @Size(max = 300) @Schema(description = "Required when the amount differs from the estimate or the line is new",
                examples = "拆检发现刹车盘裂纹，增加刹车盘 +120 / cracked disc found, disc added +120") String differenceReason,
        @Schema(description = "A PART line's catalogue part (active); a line billing an estimate item that named one names it too") UUID partId) {
}

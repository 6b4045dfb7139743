package io.pitstop.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Ask for a one-time code by SMS, to prove that you hold the phone", requiredProperties = {"phone", "purpose"})
public record PhoneCodeRequest(
        @NotBlank @ValidPhone
        @Schema(description = "Mainland China mobile (11 digits, +86 optional) or E.164", examples = "13912345678")
        String phone,
        @NotNull
        @Schema(description = "What the code is for")
        PhoneCodePurpose purpose) {
}

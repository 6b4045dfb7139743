package io.pitstop.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A car owner signing up, with the code sent to the phone (POST /api/v1/auth/phone-codes)")
public record RegisterRequest(
        @NotBlank @ValidPhone
        @Schema(description = "Mainland China mobile (11 digits, +86 optional) or E.164", examples = "13912345678")
        String phone,
        @NotBlank @Size(max = 50)
        @Schema(examples = "张伟", maxLength = 50)
        String name,
        @Passwords
        @Schema(description = "8-72 characters with at least one letter and one digit", examples = "Secret2026", minLength = 8, maxLength = 72)
        String password,
        @NotBlank @Pattern(regexp = "^\\d{6}$", message = "{pitstop.code.sixDigits}")
        @Schema(description = "The 6-digit code sent by SMS to the phone", examples = "482913", pattern = "^\\d{6}$")
        String code) {
}

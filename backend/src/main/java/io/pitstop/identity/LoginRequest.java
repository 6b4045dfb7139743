package io.pitstop.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Phone number and password of a customer or a member of staff")
public record LoginRequest(
        @NotBlank @ValidPhone @Schema(examples = "13900000001") String phone,
        @NotBlank @Size(max = 72) @Schema(examples = "demo1234", maxLength = 72) String password,
        @Size(max = 100) @Schema(description = "The device token an earlier login on this device returned, if any", maxLength = 100)
        String deviceToken) {
}

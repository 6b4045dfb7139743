package io.pitstop.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A member of staff created by a manager")
public record StaffRequest(
        @NotBlank @ValidPhone @Schema(examples = "13800000012") String phone,
        @NotBlank @Size(max = 50) @Schema(examples = "王芳") String name,
        @NotNull @Schema(description = "A staff role: not CUSTOMER or PARTNER", examples = "ADVISOR") Role role,
        @Passwords @Schema(description = "Initial password, 8-72 characters with a letter and a digit", examples = "Welcome2026") String password) {
}

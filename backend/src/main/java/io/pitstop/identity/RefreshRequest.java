package io.pitstop.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A refresh token, to rotate (refresh) or to end the session (logout)")
public record RefreshRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "8mQ2tV0xZ6cJ1nF4yR9sKpL3wB7hD5aE0uT2iO8gM1c") String refreshToken) {
}

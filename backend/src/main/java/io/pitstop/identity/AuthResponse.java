package io.pitstop.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new session: a 15-minute access token and a rotating refresh token", requiredProperties = {"accessToken", "refreshToken", "tokenType", "expiresIn", "user"})
public record AuthResponse(
        @Schema(description = "JWT (RS256) to send as 'Authorization: Bearer ...'") String accessToken,
        @Schema(description = "Opaque; rotates on every refresh, and reusing an old one ends the session") String refreshToken,
        @Schema(examples = "Bearer") String tokenType,
        @Schema(description = "Access token lifetime in seconds", examples = "900") long expiresIn,
        MeView user,
        @Schema(description = "Given at a login from a device not seen before (and at registration): keep it on the device, "
                + "apart from the session, and send it with later logins. While a number is under a guessing attack, only "
                + "devices that send theirs may still log in. Absent when the device sent a valid one.")
        String deviceToken) {
}

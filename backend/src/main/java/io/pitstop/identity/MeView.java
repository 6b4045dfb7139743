package io.pitstop.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "The caller: an account (customer or staff) or a partner application", requiredProperties = {"id", "name", "role", "scopes"})
public record MeView(
        @Schema(description = "Account id, or the client id of a partner application", examples = "6f1c1d1e-7c4b-4f5e-9a43-0d5a3c1b2e10") String id,
        @Schema(examples = "李明") String name,
        @Schema(description = "Login phone number; absent for partner applications", examples = "13900000001") String phone,
        Role role,
        @Schema(description = "Granted OAuth2 scopes (partner applications only)", examples = "[\"bookings:write\"]") List<String> scopes) {
}

package io.pitstop.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(description = "A registered partner application (its secret is never shown again)", requiredProperties = {"clientId", "name", "scopes", "active", "createdAt"})
public record PartnerClientView(
        @Schema(examples = "pc_3f9a1c2b7d4e8f60") String clientId,
        @Schema(examples = "车友宝 CarPal") String name,
        List<String> scopes,
        boolean active,
        Instant createdAt) {
}

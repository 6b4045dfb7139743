package io.pitstop.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "A newly registered partner application with its secret, shown this once", requiredProperties = {"clientId", "clientSecret", "name", "scopes"})
public record PartnerClientCreated(
        @Schema(examples = "pc_3f9a1c2b7d4e8f60") String clientId,
        @Schema(description = "Store it now: only a hash is kept") String clientSecret,
        String name,
        List<String> scopes) {
}

package io.pitstop.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

@Schema(description = "A third-party application to register")
public record PartnerClientRequest(
        @NotBlank @Size(max = 80) @Schema(examples = "车友宝 CarPal") String name,
        @NotEmpty @Schema(description = "Scopes the application may ask for", examples = "[\"bookings:read\", \"bookings:write\"]")
        Set<@NotBlank String> scopes) {
}

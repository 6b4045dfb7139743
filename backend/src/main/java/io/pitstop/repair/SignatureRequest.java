package io.pitstop.repair;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The owner's signature, drawn on the phone")
public record SignatureRequest(
        @NotBlank @Size(max = 700_000) @Schema(description = "A PNG image, base64 (a data: URL is accepted); at most the configured size",
                examples = "data:image/png;base64,iVBORw0KGgo...") String signature) {
}

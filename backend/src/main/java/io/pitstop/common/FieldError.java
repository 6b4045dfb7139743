package io.pitstop.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input field of a problem answer. */
@Schema(description = "A field that failed validation and why", requiredProperties = {"field", "message"})
public record FieldError(
        @Schema(description = "Path of the field in the request", examples = "phone") String field,
        @Schema(description = "Why it is invalid", examples = "must be a mainland China mobile number or an E.164 number") String message) {
}

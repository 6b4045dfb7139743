package io.pitstop.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The same answer whether or not the number is registered (nobody learns that from here). The code never appears
 * in an answer of the API.
 */
@Schema(description = "A code is on its way (or, for a number that is already registered, a message saying so)",
        requiredProperties = {"sentTo", "expiresIn", "resendAfter", "sandbox"})
public record PhoneCodeSent(
        @Schema(description = "The phone, masked", examples = "139****0001") String sentTo,
        @Schema(description = "Seconds the code stays valid", examples = "600") long expiresIn,
        @Schema(description = "Seconds before another code may be asked for", examples = "60") long resendAfter,
        @Schema(description = "True when no SMS gateway is configured (development, the demo): the message is written "
                + "to the server's log instead of being sent") boolean sandbox) {
}

package io.pitstop.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "A batch confirmation: each booking on its own, in the order asked", requiredProperties = {"confirmed", "results"})
public record BatchConfirmView(
        @Schema(description = "How many were confirmed", examples = "3") int confirmed,
        List<BatchConfirmItem> results) {
}

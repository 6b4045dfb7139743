package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(description = "A delay the shop should declare (staff only): an order waiting for parts that will not be ready by its "
        + "promise. The advisor sends it, with a compensation, through POST .../delays.",
        requiredProperties = {"reason", "detail", "newPromisedAt"})
public record DelayProposal(
        DelayReason reason,
        @Schema(description = "The parts and their expected arrival, in the reader's language") String detail,
        @Schema(description = "The latest expected arrival plus the order's remaining work, in opening hours") OffsetDateTime newPromisedAt) {
}

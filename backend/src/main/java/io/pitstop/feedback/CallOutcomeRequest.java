package io.pitstop.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "The outcome of a call attempt. PROBLEM needs the problem; its owner defaults to the order's advisor.")
public record CallOutcomeRequest(
        @NotNull CallOutcome outcome,
        @Min(1) @Max(5) @Schema(description = "How satisfied the owner said they are, 1-5") Integer satisfaction,
        @Size(max = 1000) String notes,
        @Size(max = 1000) @Schema(examples = "方向盘仍有轻微抖动 / the steering wheel still shakes a little") String problem,
        UUID problemOwnerId) {
}

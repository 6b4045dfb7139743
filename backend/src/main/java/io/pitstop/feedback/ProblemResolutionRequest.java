package io.pitstop.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How the problem raised in a follow-up call was solved")
public record ProblemResolutionRequest(@NotBlank @Size(max = 1000) String resolution) {
}

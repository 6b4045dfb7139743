package io.pitstop.feedback;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a follow-up call attempt gave")
public enum CallOutcome {
    REACHED, NOT_REACHED, PROBLEM
}

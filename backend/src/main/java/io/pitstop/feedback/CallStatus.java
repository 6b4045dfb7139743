package io.pitstop.feedback;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "OPEN until done; DONE (reached, or a reported problem solved); PROBLEM (being solved, 3 working days); "
        + "UNREACHABLE after the last retry")
public enum CallStatus {
    OPEN, DONE, PROBLEM, UNREACHABLE
}

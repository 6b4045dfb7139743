package io.pitstop.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "CONFIRMED: now confirmed by the caller; NOT_FOUND: no such booking; NOT_PENDING: not waiting for a "
        + "confirmation any more (already confirmed by someone, cancelled, ...)")
public enum ConfirmOutcome {
    CONFIRMED, NOT_FOUND, NOT_PENDING
}

package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether the fault showed itself with the customer at reception; TO_BE_OBSERVED (待观察) is noted instead of repairing blindly")
public enum FaultReproduced {
    YES, NO, TO_BE_OBSERVED;
}

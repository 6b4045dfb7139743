package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why the promised time slips")
public enum DelayReason {
    PART_OUT_OF_STOCK, HIDDEN_FAULT, WORKLOAD, EXTERNAL_SERVICE, OTHER;
}

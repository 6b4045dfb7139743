package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "REQUIRED for the fault or for safety; OPTIONAL the customer may freely decline")
public enum Necessity {
    REQUIRED, OPTIONAL;
}

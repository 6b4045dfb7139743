package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Fuel gauge at reception")
public enum FuelLevel {
    EMPTY, QUARTER, HALF, THREE_QUARTERS, FULL;
}

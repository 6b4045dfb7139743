package io.pitstop.shop;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a bay is equipped for; a service type needs one skill, a bay serves several. */
@Schema(description = "Workshop capability needed by a service type and offered by a bay")
public enum Skill {
    GENERAL_SERVICE, DIAGNOSTICS, ELECTRICAL, TIRES_ALIGNMENT, BODY_PAINT, EV_HIGH_VOLTAGE
}

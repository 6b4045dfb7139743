package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the shop offers for a delay")
public enum Compensation {
    FREE_WASH, EXTENDED_WARRANTY_MONTH, DISCOUNT, OTHER, NONE;
}

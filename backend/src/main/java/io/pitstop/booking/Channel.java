package io.pitstop.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How the booking reached the shop")
public enum Channel {
    APP, WEB, PHONE, WALK_IN, PARTNER
}

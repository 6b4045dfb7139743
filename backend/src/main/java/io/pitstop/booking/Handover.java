package io.pitstop.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the owner does during the service: waits at the shop, or drops the car off and collects it later")
public enum Handover {
    WAIT, DROP_OFF
}

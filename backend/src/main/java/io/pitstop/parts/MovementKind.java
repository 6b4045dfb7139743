package io.pitstop.parts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A stock movement: RECEIVED (+on hand), RESERVED (+reserved), RELEASED (-reserved), ISSUED (-on hand, -reserved), RETURNED (+on hand), SCRAPPED (-on hand), COUNTED (+/- on hand, a count's difference)")
public enum MovementKind {
    RECEIVED, RESERVED, RELEASED, ISSUED, RETURNED, SCRAPPED, COUNTED
}

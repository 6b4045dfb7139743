package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

/**
 * CHECKED_IN -> AWAITING_APPROVAL -> APPROVED -> DISPATCHED -> IN_REPAIR <-> WAITING_PARTS -> QUALITY_CHECK
 * (-> IN_REPAIR when it fails) -> READY -> DELIVERED; CANCELLED from the first three.
 */
@Schema(description = "Where the repair order is: CHECKED_IN -> AWAITING_APPROVAL -> APPROVED -> DISPATCHED -> IN_REPAIR <-> "
        + "WAITING_PARTS -> QUALITY_CHECK (-> IN_REPAIR when it fails) -> READY -> DELIVERED; CANCELLED from the first three")
public enum RepairStatus {
    CHECKED_IN, AWAITING_APPROVAL, APPROVED, DISPATCHED, IN_REPAIR, WAITING_PARTS, QUALITY_CHECK, READY, DELIVERED, CANCELLED;

    /** Orders still open. */
    public static final Set<RepairStatus> OPEN = Set.of(CHECKED_IN, AWAITING_APPROVAL, APPROVED, DISPATCHED, IN_REPAIR,
            WAITING_PARTS, QUALITY_CHECK, READY);
    /** The car is being worked on: hourly updates are owed. */
    public static final Set<RepairStatus> IN_WORKSHOP = Set.of(DISPATCHED, IN_REPAIR, WAITING_PARTS, QUALITY_CHECK);
    /** A promise is running and not yet kept. */
    public static final Set<RepairStatus> PROMISED = Set.of(APPROVED, DISPATCHED, IN_REPAIR, WAITING_PARTS, QUALITY_CHECK);
}

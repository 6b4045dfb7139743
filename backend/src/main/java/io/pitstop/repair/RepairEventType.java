package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

@Schema(description = "What happened to a repair order; also the SSE event name")
public enum RepairEventType {
    CHECKED_IN, ESTIMATE_SENT, SUPPLEMENT_SENT, ITEMS_DECIDED, APPROVED, DISPATCHED, REPAIR_STARTED, WAITING_PARTS,
    REPAIR_RESUMED, QUALITY_CHECK, QC_FAILED, READY, CANCELLED, UPDATE, PHOTO_ADDED, DELAY, DELAY_RISK,
    SETTLEMENT_ISSUED, SETTLEMENT_LINES_DECIDED, SETTLEMENT_ACKNOWLEDGED, SETTLEMENT_REOPENED, DELIVERED, UPDATE_OVERDUE, DISPATCH_OVERDUE, START_OVERDUE,
    PARTS_ARRIVED, PARTS_PARTLY_ARRIVED, PARTS_REQUESTED;

    /** Internal alerts: staff streams carry them, the owner's does not (the owner hears of a delay once it is declared). */
    public static final Set<RepairEventType> STAFF_ONLY = Set.of(UPDATE_OVERDUE, DISPATCH_OVERDUE, START_OVERDUE, DELAY_RISK,
            PARTS_PARTLY_ARRIVED, PARTS_REQUESTED);
}

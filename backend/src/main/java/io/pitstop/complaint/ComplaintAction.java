package io.pitstop.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A step of the complaint. FILED, CUSTOMER_ADDED (the customer complained again on the same order while it was open), "
        + "CONFIRMED, REJECTED and ESCALATED are recorded by the system or the customer; the others are what staff post")
public enum ComplaintAction {
    FILED, ACKNOWLEDGE, INVESTIGATE, NOTE, PROPOSE_REMEDY, INFORM_CUSTOMER, WAIT_FOR_CUSTOMER, RESUME, REASSIGN, REPRIORITIZE,
    CONFIRMED, REJECTED, ESCALATED, CUSTOMER_ADDED
}

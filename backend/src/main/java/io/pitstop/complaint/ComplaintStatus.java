package io.pitstop.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "NEW -> ACKNOWLEDGED -> INVESTIGATING -> REMEDY_PROPOSED -> CUSTOMER_INFORMED -> CLOSED when the customer "
        + "confirms, or REOPENED (then INVESTIGATING again) when they do not")
public enum ComplaintStatus {
    NEW, ACKNOWLEDGED, INVESTIGATING, REMEDY_PROPOSED, CUSTOMER_INFORMED, REOPENED, CLOSED
}

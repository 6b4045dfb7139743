package io.pitstop.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why the complaint has its owner: the order's own advisor (delivery time); the least loaded member of the "
        + "responsible team; a manager because the team has nobody; another member of the team or a manager because the "
        + "complaint is about the person who would have had it; chosen by staff (reassigned)")
public enum ComplaintRoutingReason {
    ORDER_ADVISOR, TEAM_MEMBER, MANAGER, AWAY_FROM_SUBJECT, REASSIGNED;
}

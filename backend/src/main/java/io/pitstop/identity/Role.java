package io.pitstop.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who someone is to the shop. Staff roles are granted by a manager; PARTNER is a third-party application. */
@Schema(description = "Role of the caller: a car owner, a member of staff, or a partner application")
public enum Role {
    CUSTOMER, ADVISOR, TECHNICIAN, TEAM_LEAD, INSPECTOR, CUSTOMER_SERVICE, MANAGER, PARTS, PARTNER;

    public static final String CUSTOMER_NAME = "CUSTOMER";
    public static final String ADVISOR_NAME = "ADVISOR";
    public static final String TECHNICIAN_NAME = "TECHNICIAN";
    public static final String TEAM_LEAD_NAME = "TEAM_LEAD";
    public static final String INSPECTOR_NAME = "INSPECTOR";
    public static final String CUSTOMER_SERVICE_NAME = "CUSTOMER_SERVICE";
    public static final String MANAGER_NAME = "MANAGER";
    /** The parts specialist (配件专员): stock ledger, purchasing, receiving inspection. */
    public static final String PARTS_NAME = "PARTS";
    public static final String PARTNER_NAME = "PARTNER";

    public boolean isStaff() {
        return this != CUSTOMER && this != PARTNER;
    }
}

package io.pitstop.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who is responsible: technical support (technical), customer relations (attitude, price, process), the order's advisor (delivery time)")
public enum ComplaintTeam {
    TECHNICAL_SUPPORT, CUSTOMER_RELATIONS, ORDER_ADVISOR;
}

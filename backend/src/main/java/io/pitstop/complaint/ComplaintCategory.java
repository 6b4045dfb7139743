package io.pitstop.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the complaint is about; decides the responsible team and the suggested priority")
public enum ComplaintCategory {
    TECHNICAL, ATTITUDE, DELIVERY_TIME, PRICE, PROCESS;
}

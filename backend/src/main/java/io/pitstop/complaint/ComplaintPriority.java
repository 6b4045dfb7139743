package io.pitstop.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Urgency and impact")
public enum ComplaintPriority {
    HIGH, MEDIUM, LOW;
}

package io.pitstop.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "One step of the audit trail", requiredProperties = {"at", "action", "toStatus", "evidence"})
public record ComplaintStepView(OffsetDateTime at, String actorName, String actorRole, ComplaintAction action,
                                ComplaintStatus fromStatus, ComplaintStatus toStatus,
                                @Schema(description = "What the person who took the step wrote (or what the customer added), nothing else") String note,
                                List<EvidenceView> evidence,
                                @Schema(description = "What the step did, as typed fields") ComplaintStepFacts facts) {
}

package io.pitstop.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "One step of the audit trail", requiredProperties = {"at", "action", "toStatus", "evidence"})
public record ComplaintStepView(OffsetDateTime at, String actorName, String actorRole, ComplaintAction action,
                                ComplaintStatus fromStatus, ComplaintStatus toStatus, String note, List<EvidenceView> evidence) {
}

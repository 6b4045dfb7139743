package io.pitstop.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an investigation points at: an event of the order (by its sequence) or one of its photos or documents")
public enum EvidenceKind {
    REPAIR_EVENT, ATTACHMENT;
}

package io.pitstop.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How the complaint is put right")
public enum RemedyKind {
    REWORK, PART_REPLACEMENT, COMPENSATION, APOLOGY;
}

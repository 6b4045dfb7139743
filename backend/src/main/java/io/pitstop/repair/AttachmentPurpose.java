package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an attachment documents")
public enum AttachmentPurpose {
    CHECK_IN, PROGRESS, DOCUMENT;
}

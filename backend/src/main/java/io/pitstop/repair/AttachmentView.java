package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(requiredProperties = {"id", "purpose", "contentType", "sizeBytes", "uploadedAt", "url"})
public record AttachmentView(String id, AttachmentPurpose purpose,
                             @Schema(description = "Detected from the bytes", examples = "image/jpeg") String contentType,
                             long sizeBytes, String fileName, OffsetDateTime uploadedAt,
                             @Schema(description = "Where to fetch the bytes (with the same bearer token)") String url) {
}

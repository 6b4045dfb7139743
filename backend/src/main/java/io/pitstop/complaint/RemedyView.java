package io.pitstop.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(requiredProperties = {"kind", "detail", "owner", "deadline"})
public record RemedyView(RemedyKind kind, String detail, ComplaintPerson owner, OffsetDateTime deadline) {
}

package io.pitstop.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(description = "The remedy, with who carries it out and by when")
public record RemedyRequest(
        @NotNull RemedyKind kind,
        @NotBlank @Size(max = 1000) @Schema(examples = "免费返修刹车系统并赠送一次保养 / free brake rework and one service") String detail,
        @NotNull UUID ownerId,
        @NotNull @Schema(examples = "2026-11-26T18:00:00+08:00") OffsetDateTime deadline) {
}

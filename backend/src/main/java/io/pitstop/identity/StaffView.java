package io.pitstop.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "A member of staff", requiredProperties = {"id", "phone", "name", "role", "active", "createdAt"})
public record StaffView(
        @Schema(examples = "1b8e4c52-5a43-4d1c-8b8e-3f7f2e8d9a01") String id,
        @Schema(examples = "13800000002") String phone,
        @Schema(examples = "王芳") String name,
        Role role,
        boolean active,
        Instant createdAt) {
}

package io.pitstop.kpi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A member of staff an indicator is attributed to", requiredProperties = {"id", "name"})
public record PersonRef(String id, @Schema(examples = "王芳") String name) {
}

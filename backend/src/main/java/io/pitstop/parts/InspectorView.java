package io.pitstop.parts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "A quality inspector who can sign a receiving inspection with the parts desk", requiredProperties = {"id", "name"})
public record InspectorView(UUID id, String name) {
}

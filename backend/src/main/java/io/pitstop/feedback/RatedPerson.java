package io.pitstop.feedback;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"id", "name"})
public record RatedPerson(String id, String name) {
}

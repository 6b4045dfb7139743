package io.pitstop.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"id", "name"})
public record ComplaintPerson(String id, String name, String phone) {
}

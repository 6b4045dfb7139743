package io.pitstop.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"id", "reference", "plate"})
public record ComplaintOrder(String id, String reference, String plate) {
}

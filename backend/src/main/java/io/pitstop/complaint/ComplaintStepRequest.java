package io.pitstop.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(description = "A step by staff. PROPOSE_REMEDY needs remedy; REASSIGN needs ownerId; REPRIORITIZE needs priority; "
        + "the complaint's nextActions lists what the caller may do now.")
public record ComplaintStepRequest(
        @NotNull ComplaintAction action,
        @Size(max = 2000) String note,
        @Size(max = 20) List<@Valid @NotNull EvidenceRef> evidence,
        @Valid RemedyRequest remedy,
        UUID ownerId,
        ComplaintPriority priority) {
}

package io.pitstop.repair;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "Hand-over (交车): the payment received, and the next service by date and by mileage (the configured "
        + "rule's proposal when left out)")
public record DeliveryRequest(
        @Schema(examples = "2027-05-25") LocalDate nextServiceDueDate,
        @Min(0) @Max(5_000_000) @Schema(examples = "52000") Integer nextServiceDueKm,
        @Valid @NotNull PaymentRequest payment,
        @Size(max = 200) @Schema(description = "The old part of every settlement line that names a catalogue part (旧件)")
        List<@Valid @NotNull OldPartRequest> oldParts) {
}

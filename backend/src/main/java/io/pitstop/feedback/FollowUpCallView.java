package io.pitstop.feedback;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "A follow-up call (回访) of a delivered order", requiredProperties = {"id", "orderId", "reference", "plate", "vehicle",
        "customer", "advisorName", "deliveredAt", "availableFrom", "dueAt", "status", "attempts", "nextAttemptOn", "due", "overdue",
        "assignee", "log"})
public record FollowUpCallView(
        String id,
        String orderId,
        String reference,
        String plate,
        String vehicle,
        @Schema(description = "With the phone to call") CustomerContact customer,
        String advisorName,
        OffsetDateTime deliveredAt,
        OffsetDateTime availableFrom,
        @Schema(description = "Within 7 days of delivery") OffsetDateTime dueAt,
        CallStatus status,
        int attempts,
        LocalDate nextAttemptOn,
        @Schema(description = "To call today") boolean due,
        @Schema(description = "Past its due time and not done") boolean overdue,
        RatedPerson assignee,
        Integer satisfaction,
        String notes,
        @Schema(description = "The owner's rating of the visit, if given") BigDecimal ratingScore,
        CallProblemView problem,
        List<CallAttemptView> log) {

    @Schema(requiredProperties = {"id", "name", "phone"})
    public record CustomerContact(String id, String name, String phone) {
    }
}

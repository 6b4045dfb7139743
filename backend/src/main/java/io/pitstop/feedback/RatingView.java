package io.pitstop.feedback;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "A rating of a visit", requiredProperties = {"orderId", "reference", "overall", "attitude", "professionalism",
        "speed", "priceFairness", "tags", "score", "low", "complaintSuggested", "editable", "editableUntil", "createdAt", "updatedAt",
        "advisor", "customerName"})
public record RatingView(
        String orderId,
        String reference,
        int overall,
        int attitude,
        int professionalism,
        int speed,
        int priceFairness,
        List<String> tags,
        String comment,
        @Schema(description = "Satisfaction score 0-100: the mean of the five ratings mapped linearly (1 star = 0, 5 stars = 100)",
                examples = "85") BigDecimal score,
        @Schema(description = "Overall 2 stars or less, or any dimension at 1: customer service was alerted") boolean low,
        @Schema(description = "Offer the owner to file a complaint with one tap") boolean complaintSuggested,
        @Schema(description = "The owner may still change it (24 hours after the first submission)") boolean editable,
        OffsetDateTime editableUntil,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        RatedPerson advisor,
        RatedPerson technician,
        String customerName) {
}

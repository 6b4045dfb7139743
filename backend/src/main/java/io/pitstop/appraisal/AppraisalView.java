package io.pitstop.appraisal;

import io.pitstop.identity.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(description = "A staff member's appraisal of a month: the parts of the score, the score and the grade",
        requiredProperties = {"month", "staffId", "name", "role", "components", "closed"})
public record AppraisalView(
        @Schema(examples = "2026-11") String month,
        String staffId,
        @Schema(examples = "王芳") String name,
        Role role,
        List<Part> components,
        @Schema(description = "0-100, from the parts that have a value; absent when none has", examples = "86.4") BigDecimal score,
        Grade grade,
        @Schema(description = "The staff member's own assessment, 0-100") BigDecimal selfScore,
        String selfComment,
        @Schema(description = "The manager's rating, 0-100") BigDecimal supervisorScore,
        String supervisorComment,
        @Schema(description = "True once the month is closed: the figures are frozen") boolean closed) {

    @Schema(description = "One part of the score", requiredProperties = {"component", "weight"})
    public record Part(
            Component component,
            @Schema(description = "Its weight in the role's score (the weights of a role add up to 100)", examples = "30") BigDecimal weight,
            @Schema(description = "The person's figure of the indicator, or the rating entered; absent when there is none", examples = "88.5")
            Double value,
            @Schema(description = "What it gives: the value counted between 0 and 100", examples = "88.5") Double points) {
    }
}

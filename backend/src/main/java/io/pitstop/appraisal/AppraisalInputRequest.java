package io.pitstop.appraisal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(description = "A rating of a month: the staff member's own (self) or the manager's (supervisor); each sets only its own half")
public record AppraisalInputRequest(
        @DecimalMin("0") @DecimalMax("100") @Schema(examples = "85") BigDecimal score,
        @Size(max = 1000) @Schema(examples = "本月准时交车率提升") String comment) {
}

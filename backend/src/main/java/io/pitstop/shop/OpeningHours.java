package io.pitstop.shop;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalTime;

@Schema(description = "Opening interval of one weekday, in the shop's time zone; a weekday without an entry is closed", requiredProperties = {"dayOfWeek", "opens", "closes"})
public record OpeningHours(
        @NotNull @Schema(examples = "MONDAY") DayOfWeek dayOfWeek,
        @NotNull @JsonFormat(pattern = "HH:mm")
        @Schema(description = "Opening time, HH:mm") LocalTime opens,
        @NotNull @JsonFormat(pattern = "HH:mm")
        @Schema(description = "Closing time, HH:mm") LocalTime closes) {
}

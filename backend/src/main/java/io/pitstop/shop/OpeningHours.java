package io.pitstop.shop;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalTime;

@Schema(description = "Opening interval of one weekday, in the shop's time zone; a weekday without an entry is closed")
public record OpeningHours(
        @NotNull @Schema(examples = "MONDAY") DayOfWeek dayOfWeek,
        @NotNull @JsonFormat(pattern = "HH:mm")
        @Schema(type = SchemaType.STRING, pattern = "^([01]\\d|2[0-3]):[0-5]\\d$", examples = "08:30") LocalTime opens,
        @NotNull @JsonFormat(pattern = "HH:mm")
        @Schema(type = SchemaType.STRING, pattern = "^([01]\\d|2[0-3]):[0-5]\\d$", examples = "18:00") LocalTime closes) {
}

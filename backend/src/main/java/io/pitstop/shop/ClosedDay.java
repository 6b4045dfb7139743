package io.pitstop.shop;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "A date the shop is closed (public holiday, stocktaking)", requiredProperties = {"date", "reason"})
public record ClosedDay(
        @Schema(examples = "2027-02-06") LocalDate date,
        @Schema(examples = "春节 Spring Festival") String reason) {
}

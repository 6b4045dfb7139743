package io.pitstop.repair;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(description = "A delay (延误): told to the owner at once, at least 30 minutes before the promised time, with the "
        + "reason, the new time and a compensation offer")
public record DelayRequest(
        @NotNull DelayReason reason,
        @NotBlank @Size(max = 500) @Schema(examples = "刹车盘需从中心库调货 / the disc comes from the central warehouse") String detail,
        @NotNull @Schema(description = "The new promised completion time, later than the current one", examples = "2026-11-25T18:00:00+08:00") OffsetDateTime newPromisedAt,
        @NotNull Compensation compensation,
        @Size(max = 200) @Schema(examples = "免费洗车一次 / one free car wash") String compensationDetail) {
}

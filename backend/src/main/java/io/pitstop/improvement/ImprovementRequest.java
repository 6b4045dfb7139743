package io.pitstop.improvement;

import io.pitstop.kpi.Indicator;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(description = "An improvement action (整改) against an indicator or a recurring complaint cause (at least one of them)",
        requiredProperties = {"title", "action", "expectedEffect", "ownerId", "deadline"})
public record ImprovementRequest(
        @Schema(description = "The indicator it should move") Indicator indicator,
        @Size(max = 200) @Schema(description = "The recurring cause it answers, e.g. a complaint category or tag", examples = "交车等待时间长")
        String cause,
        @NotBlank @Size(max = 200) @Schema(examples = "缩短交车等待") String title,
        @NotBlank @Size(max = 2000) @Schema(examples = "结算单在质检通过后 10 分钟内发出；交车前电话通知车主") String action,
        @NotBlank @Size(max = 500) @Schema(examples = "按首次承诺准时交车率从 82% 提升到 90%") String expectedEffect,
        @NotNull @Schema(description = "Who carries it out (a member of staff)") UUID ownerId,
        @NotNull @Future @Schema(description = "By when") OffsetDateTime deadline) {
}

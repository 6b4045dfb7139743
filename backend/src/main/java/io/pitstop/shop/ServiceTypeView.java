package io.pitstop.shop;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A kind of service customers can book, with its default duration", requiredProperties = {"code", "nameZh", "nameEn", "durationMinutes", "skill", "active"})
public record ServiceTypeView(
        @Schema(examples = "MINOR_SERVICE") String code,
        @Schema(examples = "小保养") String nameZh,
        @Schema(examples = "Minor service") String nameEn,
        @Schema(examples = "60") int durationMinutes,
        Skill skill,
        boolean active) {
}

package io.pitstop.shop;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "A service bay (工位) and what it is equipped for", requiredProperties = {"id", "code", "name", "skills", "active"})
public record BayView(
        @Schema(examples = "0f8fad5b-d9cb-469f-a165-70867728950e") String id,
        @Schema(examples = "B1") String code,
        @Schema(examples = "快修 1 号") String name,
        @Schema(description = "The name in the English UI, when given", examples = "Quick service 1") String nameEn,
        List<Skill> skills,
        boolean active) {
}

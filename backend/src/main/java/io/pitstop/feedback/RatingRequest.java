package io.pitstop.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "The owner's rating of a delivered visit (满意度评价), 1-5 stars each")
public record RatingRequest(
        @NotNull @Min(1) @Max(5) Integer overall,
        @NotNull @Min(1) @Max(5) Integer attitude,
        @NotNull @Min(1) @Max(5) Integer professionalism,
        @NotNull @Min(1) @Max(5) Integer speed,
        @NotNull @Min(1) @Max(5) Integer priceFairness,
        @Size(max = 10) @Schema(examples = "[\"专业\", \"准时\"]") List<@NotBlank @Size(max = 30) String> tags,
        @Size(max = 1000) String comment) {

    public List<String> cleanTags() {
        return tags == null ? List.of() : tags.stream().map(String::strip).distinct().toList();
    }
}

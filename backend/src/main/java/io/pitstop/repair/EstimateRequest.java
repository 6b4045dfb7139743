package io.pitstop.repair;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "The work order's proposed work (服务工单): items the customer approves or declines one by one")
public record EstimateRequest(
        @NotEmpty @Size(max = 60) List<@Valid @NotNull EstimateItemRequest> items,
        @NotNull @Min(15) @Max(20160) @Schema(description = "Expected workshop time once approved; sets the promised completion time",
                examples = "180") Integer durationMinutes,
        @Size(max = 1000) @Schema(description = "First diagnosis", examples = "前刹车片磨损严重 / front pads worn") String diagnosis) {
}

package io.pitstop.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(description = "A complaint (投诉). Owners file in the app (channel APP), optionally against one of their orders; staff file "
        + "what came by phone, WeChat, web or on site for a customer named by phone. A second complaint on an order whose "
        + "complaint is still open joins that one (a CUSTOMER_ADDED step) instead of starting another.")
public record ComplaintRequest(
        @NotBlank @Size(max = 2000) @Schema(examples = "交车后第二天刹车异响又出现了 / the brake noise came back the day after delivery") String content,
        @NotNull ComplaintCategory category,
        @Schema(description = "The repair order it concerns") UUID orderId,
        @Size(max = 10) List<@NotBlank @Size(max = 30) String> tags,
        @Schema(description = "Staff: where it came in (customers always APP)") ComplaintChannel channel,
        @Size(max = 20) @Schema(description = "Staff: the customer's phone", examples = "13900000001") String customerPhone,
        @Schema(description = "Staff: a priority other than the suggested one") ComplaintPriority priority,
        @Schema(description = "Staff: the member of staff the complaint is about (never its owner). Without it, an attitude or "
                + "delivery-time complaint on an order is about the order's advisor") UUID subjectId) {

    public List<String> cleanTags() {
        return tags == null ? List.of() : tags.stream().map(String::strip).distinct().toList();
    }
}

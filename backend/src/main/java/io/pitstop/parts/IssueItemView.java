package io.pitstop.parts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(description = "A reserved line to hand to the workshop; the technician-asked ones first", requiredProperties = {"lineId", "orderId", "orderLabel", "partId", "partNumber", "nameZh", "unit", "quantity", "askedAt"})
public record IssueItemView(
        UUID lineId,
        UUID orderId,
        @Schema(examples = "RO-20261207-003 · 粤B12345") String orderLabel,
        UUID partId,
        String partNumber,
        String nameZh,
        String nameEn,
        @Schema(description = "How the quantities are counted") PartUnit unit,
        String location,
        BigDecimal quantity,
        OffsetDateTime askedAt,
        OffsetDateTime requestedAt) {
}

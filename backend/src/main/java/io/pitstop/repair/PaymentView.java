package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

@Schema(description = "A payment received (or, later, a refund) against the settlement",
        requiredProperties = {"method", "amount", "settlementTotal", "difference", "invoiceNumber", "recordedAt"})
public record PaymentView(PaymentMethod method, BigDecimal amount, BigDecimal settlementTotal,
                          @Schema(description = "amount - settlementTotal") BigDecimal difference, String differenceReason,
                          String invoiceNumber, OffsetDateTime recordedAt, String recordedBy) {
}

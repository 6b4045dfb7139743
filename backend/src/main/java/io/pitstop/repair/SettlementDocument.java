package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "The settlement document (结算单) of an order, as printed at hand-over: the shop, the owner, the car, every "
        + "line against the estimate, totals, payment, signature, warranty cards and the next service",
        requiredProperties = {"shopName", "shopAddress", "shopPhone", "reference", "status", "customer", "vehicle", "advisor",
                "mileageKm", "checkedInAt", "settlement", "warranties", "nextServiceDueDate", "nextServiceDueKm", "nextServiceProposed"})
public record SettlementDocument(
        String shopName, String shopAddress, String shopPhone,
        String reference, RepairStatus status,
        RepairPerson customer, RepairVehicle vehicle, RepairPerson advisor,
        int mileageKm, OffsetDateTime checkedInAt, OffsetDateTime deliveredAt,
        SettlementView settlement,
        PaymentView payment,
        List<WarrantyCard> warranties,
        LocalDate nextServiceDueDate, int nextServiceDueKm,
        @Schema(description = "True while not handed over: the next service is the configured rule's proposal") boolean nextServiceProposed) {
}

package io.pitstop.repair.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class SettlementPaymentRepository implements PanacheRepositoryBase<SettlementPayment, UUID> {

    /** The payment received at hand-over, or null. */
    public Uni<SettlementPayment> paymentOf(UUID orderId) {
        return find("orderId = ?1 and kind = ?2", orderId, SettlementPayment.PAYMENT).firstResult();
    }
}

package io.pitstop.repair.persistence;

import io.pitstop.repair.PaymentMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Money received against a settlement at hand-over; refunds will be rows of their own kind against the same order. */
@Entity
@Table(name = "settlement_payment")
public class SettlementPayment {

    public static final String PAYMENT = "PAYMENT";

    @Id
    public UUID id;
    @Column(name = "order_id", nullable = false)
    public UUID orderId;
    @Column(nullable = false)
    public String kind = PAYMENT;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PaymentMethod method;
    @Column(nullable = false)
    public BigDecimal amount;
    @Column(name = "settlement_total", nullable = false)
    public BigDecimal settlementTotal;
    @Column(name = "difference_reason")
    public String differenceReason;
    @Column(name = "invoice_number", nullable = false)
    public String invoiceNumber;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    @Column(name = "recorded_by", nullable = false)
    public UUID recordedBy;
}

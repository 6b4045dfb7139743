package io.pitstop.parts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.pitstop.parts.PurchaseOrderStatus;

/** A purchase order to one supplier; its lines are PurchaseOrderLine. */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String number;

    @Column(name = "supplier_id", nullable = false)
    public UUID supplierId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PurchaseOrderStatus status;

    @Column(name = "expected_at")
    public Instant expectedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public UUID createdBy;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    public String note;
}

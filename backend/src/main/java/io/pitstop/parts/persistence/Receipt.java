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

/** A delivery received against a purchase order, inspected with a quality inspector. */
@Entity
@Table(name = "receipt")
public class Receipt {

    @Id
    public UUID id;

    @Column(name = "purchase_order_id", nullable = false)
    public UUID purchaseOrderId;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "received_by", nullable = false)
    public UUID receivedBy;

    @Column(name = "inspector_id", nullable = false)
    public UUID inspectorId;

    public String note;
}

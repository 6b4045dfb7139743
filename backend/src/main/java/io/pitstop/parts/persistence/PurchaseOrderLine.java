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

/** A line of a purchase order: received counts passed units only, so a rejected unit stays open. */
@Entity
@Table(name = "purchase_order_line")
public class PurchaseOrderLine {

    @Id
    public UUID id;

    @Column(name = "purchase_order_id", nullable = false)
    public UUID purchaseOrderId;

    @Column(nullable = false)
    public int position;

    @Column(name = "part_id", nullable = false)
    public UUID partId;

    @Column(nullable = false)
    public BigDecimal quantity;

    @Column(name = "unit_cost", nullable = false)
    public BigDecimal unitCost;

    @Column(nullable = false)
    public BigDecimal received = BigDecimal.ZERO;

    @Column(nullable = false)
    public BigDecimal rejected = BigDecimal.ZERO;
}

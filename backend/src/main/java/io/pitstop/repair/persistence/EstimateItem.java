package io.pitstop.repair.persistence;

import io.pitstop.identity.Role;
import io.pitstop.repair.Decision;
import io.pitstop.repair.ItemKind;
import io.pitstop.repair.Necessity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "estimate_item")
public class EstimateItem {

    @Id
    public UUID id;
    @Column(name = "order_id", nullable = false)
    public UUID orderId;
    @Column(nullable = false)
    public short round;
    @Column(nullable = false)
    public short position;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemKind kind;
    @Column(nullable = false)
    public String description;
    @Column(name = "part_number")
    public String partNumber;
    /** The catalogue part; null for labour and for a sublet or free-text part. */
    @Column(name = "part_id")
    public UUID partId;
    @Column(nullable = false)
    public BigDecimal quantity;
    @Column(name = "unit_price", nullable = false)
    public BigDecimal unitPrice;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Necessity necessity;
    @Column(nullable = false)
    public String reason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Decision decision;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decided_by")
    public UUID decidedBy;
    @Column(name = "decided_by_name")
    public String decidedByName;
    @Enumerated(EnumType.STRING)
    @Column(name = "decided_by_role")
    public Role decidedByRole;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false)
    public UUID createdBy;

    public BigDecimal amount() {
        return amount(quantity, unitPrice);
    }

    /** A line's amount in yuan: quantity times unit price, to the fen. Estimate items and settlement lines alike. */
    public static BigDecimal amount(BigDecimal quantity, BigDecimal unitPrice) {
        return quantity.multiply(unitPrice).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}

package io.pitstop.repair.persistence;

import io.pitstop.identity.Role;
import io.pitstop.repair.Decision;
import io.pitstop.repair.ItemKind;
import io.pitstop.repair.OldPartDisposition;
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
@Table(name = "settlement_line")
public class SettlementLine {

    @Id
    public UUID id;
    @Column(name = "order_id", nullable = false)
    public UUID orderId;
    @Column(nullable = false)
    public short position;
    @Column(name = "item_id")
    public UUID itemId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemKind kind;
    @Column(nullable = false)
    public String description;
    @Column(nullable = false)
    public BigDecimal quantity;
    @Column(name = "unit_price", nullable = false)
    public BigDecimal unitPrice;
    @Column(name = "estimated_amount")
    public BigDecimal estimatedAmount;
    @Column(nullable = false)
    public BigDecimal amount;
    @Column(name = "difference_reason")
    public String differenceReason;
    /** A line billing an approved estimate item is APPROVED; a new one waits for the owner. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Decision decision = Decision.APPROVED;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decided_by")
    public UUID decidedBy;
    @Column(name = "decided_by_name")
    public String decidedByName;
    @Enumerated(EnumType.STRING)
    @Column(name = "decided_by_role")
    public Role decidedByRole;
    /** The warranty as it was when the line was billed; none for lines billed before warranties were recorded. */
    @Column(name = "warranty_months")
    public Short warrantyMonths;
    @Column(name = "warranty_km")
    public Integer warrantyKm;
    /** The catalogue part; null for labour and for a sublet or free-text part. */
    @Column(name = "part_id")
    public UUID partId;
    /** What became of the replaced part, recorded at hand-over for a catalogue line. */
    @Enumerated(EnumType.STRING)
    @Column(name = "old_part")
    public OldPartDisposition oldPart;
}

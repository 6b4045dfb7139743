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

/** What arrived for a purchase order line and what passed inspection. */
@Entity
@Table(name = "receipt_line")
public class ReceiptLine {

    @Id
    public UUID id;

    @Column(name = "receipt_id", nullable = false)
    public UUID receiptId;

    @Column(name = "po_line_id", nullable = false)
    public UUID poLineId;

    @Column(name = "part_id", nullable = false)
    public UUID partId;

    @Column(nullable = false)
    public BigDecimal arrived;

    @Column(nullable = false)
    public BigDecimal passed;

    @Column(nullable = false)
    public BigDecimal rejected;

    @Column(name = "reject_reason")
    public String rejectReason;

    @Column(name = "spec_ok", nullable = false)
    public boolean specOk;

    @Column(name = "model_ok", nullable = false)
    public boolean modelOk;

    @Column(name = "quantity_ok", nullable = false)
    public boolean quantityOk;

    @Column(name = "genuine_ok", nullable = false)
    public boolean genuineOk;

    @Column(name = "packaging_ok", nullable = false)
    public boolean packagingOk;
}

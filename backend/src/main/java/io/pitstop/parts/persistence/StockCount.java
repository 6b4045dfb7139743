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

/** A stock count (盘点); its lines are stored with the difference found. */
@Entity
@Table(name = "stock_count")
public class StockCount {

    @Id
    public UUID id;

    @Column(name = "counted_at", nullable = false)
    public Instant countedAt;

    @Column(name = "counted_by", nullable = false)
    public UUID countedBy;

    public String note;
}

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

import io.pitstop.parts.PartOrigin;
import io.pitstop.parts.PartUnit;

/** A catalogue entry. Its stock is the ledger's (stock_movement), cached in stock_balance. */
@Entity
@Table(name = "part")
public class Part {

    @Id
    public UUID id;

    @Column(name = "part_number", nullable = false)
    public String partNumber;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Column(nullable = false)
    public String brand;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartUnit unit;

    @Column(name = "list_price", nullable = false)
    public BigDecimal listPrice;

    @Column(name = "min_stock", nullable = false)
    public BigDecimal minStock;

    @Column(name = "warranty_months")
    public Integer warrantyMonths;

    @Column(name = "warranty_km")
    public Integer warrantyKm;

    public String location;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public UUID createdBy;
}

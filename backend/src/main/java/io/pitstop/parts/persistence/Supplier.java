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

/** A supplier parts may be bought from (approved per part in part_supplier). */
@Entity
@Table(name = "supplier")
public class Supplier {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_en")
    public String nameEn;

    public String phone;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}

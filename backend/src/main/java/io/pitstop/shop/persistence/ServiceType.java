package io.pitstop.shop.persistence;

import io.pitstop.shop.Skill;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "service_type")
public class ServiceType {

    @Id
    public String code;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Skill skill;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "price_min")
    public BigDecimal priceMin;

    @Column(name = "price_max")
    public BigDecimal priceMax;

    @Column(name = "bring_zh")
    public String bringZh;

    @Column(name = "bring_en")
    public String bringEn;
}

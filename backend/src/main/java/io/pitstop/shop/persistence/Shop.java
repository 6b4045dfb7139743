package io.pitstop.shop.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The single row of shop settings (id 1). */
@Entity
@Table(name = "shop")
public class Shop {

    public static final short ID = 1;

    @Id
    public Short id;

    @Column(nullable = false)
    public String name;

    /** The name in the English UI; null: the name is shown in every language. */
    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(nullable = false)
    public String phone;

    @Column(nullable = false)
    public String address;

    /** The emergency / rescue line, for help while the shop is closed; empty when not set. */
    @Column(name = "emergency_phone", nullable = false)
    public String emergencyPhone;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}

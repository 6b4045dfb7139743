package io.pitstop.booking.persistence;

import jakarta.persistence.Column;
import io.pitstop.booking.EnergyType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "vehicle")
public class Vehicle {

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(nullable = false)
    public String plate;

    @Column(nullable = false, columnDefinition = "char(17)")
    public String vin;

    @Column(nullable = false)
    public String make;

    @Column(nullable = false)
    public String model;

    @Column(name = "model_year", nullable = false)
    public short year;

    @Column(name = "mileage_km", nullable = false)
    public int mileageKm;

    @Enumerated(EnumType.STRING)
    @Column(name = "energy_type", nullable = false)
    public EnergyType energyType = EnergyType.PETROL;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public UUID createdBy;

    /** Another customer's vehicle with the same plate or VIN, on file before this one: for staff to check. */
    @Column(name = "claim_conflict_with")
    public UUID claimConflictWith;
}

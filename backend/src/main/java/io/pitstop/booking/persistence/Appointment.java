package io.pitstop.booking.persistence;

import io.pitstop.booking.AppointmentStatus;
import io.pitstop.booking.Channel;
import io.pitstop.booking.Handover;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "appointment")
public class Appointment {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String reference;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(name = "vehicle_id", nullable = false)
    public UUID vehicleId;

    @Column(name = "service_type", nullable = false)
    public String serviceType;

    @Column(name = "bay_id", nullable = false)
    public UUID bayId;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppointmentStatus status;

    @Column(nullable = false)
    public boolean emergency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(name = "fault_description", nullable = false)
    public String faultDescription;

    @Column(name = "advisor_id")
    public UUID advisorId;

    /** Account id of whoever booked it, or the client id of a partner application. */
    @Column(name = "booked_by", nullable = false)
    public String bookedBy;

    @Column(name = "confirm_by", nullable = false)
    public Instant confirmBy;

    @Column(name = "escalated_at")
    public Instant escalatedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    /** As the owner stated it when booking. */
    @Column(name = "mileage_km")
    public Integer mileageKm;

    @Enumerated(EnumType.STRING)
    public Handover handover;
}

package io.pitstop.booking.persistence;

import io.pitstop.booking.AppointmentStatus;
import io.pitstop.identity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One change of an appointment; rows are only ever inserted. */
@Entity
@Table(name = "appointment_event")
public class AppointmentEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "appointment_id", nullable = false)
    public UUID appointmentId;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "actor_id")
    public String actorId;

    @Column(name = "actor_name")
    public String actorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role")
    public Role actorRole;

    @Column(nullable = false)
    public String type;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public AppointmentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public AppointmentStatus toStatus;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    public String detail;
}

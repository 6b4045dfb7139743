package io.pitstop.feedback.persistence;

import io.pitstop.feedback.CallOutcome;
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

@Entity
@Table(name = "follow_up_attempt")
public class FollowUpAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "call_id", nullable = false)
    public UUID callId;
    @Column(nullable = false)
    public Instant at;
    @Column(name = "by_id", nullable = false)
    public UUID byId;
    @Column(name = "by_name", nullable = false)
    public String byName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CallOutcome outcome;
    public String notes;
}

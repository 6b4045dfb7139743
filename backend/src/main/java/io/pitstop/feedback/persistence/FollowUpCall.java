package io.pitstop.feedback.persistence;

import io.pitstop.feedback.CallStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "follow_up_call")
public class FollowUpCall {

    @Id
    public UUID id;
    @Column(name = "order_id", nullable = false)
    public UUID orderId;
    @Column(name = "customer_id", nullable = false)
    public UUID customerId;
    @Column(name = "assignee_id", nullable = false)
    public UUID assigneeId;
    @Enumerated(EnumType.STRING)
    public CallStatus status;
    @Column(name = "available_from", nullable = false)
    public Instant availableFrom;
    @Column(name = "due_at", nullable = false)
    public Instant dueAt;
    public short attempts;
    @Column(name = "next_attempt_on", nullable = false)
    public LocalDate nextAttemptOn;
    public Short satisfaction;
    public String notes;
    public String problem;
    @Column(name = "problem_owner_id")
    public UUID problemOwnerId;
    @Column(name = "problem_due_at")
    public Instant problemDueAt;
    @Column(name = "problem_resolved_at")
    public Instant problemResolvedAt;
    @Column(name = "problem_resolution")
    public String problemResolution;
    @Column(name = "problem_escalated_at")
    public Instant problemEscalatedAt;
    /** When the call, still not made after its due date, was raised to the managers (once). */
    @Column(name = "overdue_escalated_at")
    public Instant overdueEscalatedAt;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "completed_at")
    public Instant completedAt;
}

package io.pitstop.complaint.persistence;

import io.pitstop.complaint.ComplaintCategory;
import io.pitstop.complaint.ComplaintChannel;
import io.pitstop.complaint.ComplaintPriority;
import io.pitstop.complaint.ComplaintStatus;
import io.pitstop.complaint.ComplaintTeam;
import io.pitstop.complaint.RemedyKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    public UUID id;
    @Column(nullable = false)
    public String number;
    @Column(name = "customer_id", nullable = false)
    public UUID customerId;
    @Column(name = "order_id")
    public UUID orderId;
    @Enumerated(EnumType.STRING)
    public ComplaintChannel channel;
    @Enumerated(EnumType.STRING)
    public ComplaintCategory category;
    @Enumerated(EnumType.STRING)
    public ComplaintPriority priority;
    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_priority")
    public ComplaintPriority suggestedPriority;
    @Enumerated(EnumType.STRING)
    public ComplaintTeam team;
    @Column(name = "owner_id", nullable = false)
    public UUID ownerId;
    /** The member of staff the complaint is about, who never owns or handles it. */
    @Column(name = "subject_id")
    public UUID subjectId;
    @Enumerated(EnumType.STRING)
    public ComplaintStatus status;
    @Column(nullable = false)
    public String content;
    /** Tags separated by '|'. */
    public String tags;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false)
    public UUID createdBy;
    @Column(name = "answered_at")
    public Instant answeredAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "answer_due_at", nullable = false)
    public Instant answerDueAt;
    @Column(name = "resolve_due_at", nullable = false)
    public Instant resolveDueAt;
    @Column(name = "paused_since")
    public Instant pausedSince;
    @Column(name = "paused_seconds", nullable = false)
    public long pausedSeconds;
    /** When the resolve clock last started: null from filing, else the customer's rejection that reopened it. */
    @Column(name = "resolve_since")
    public Instant resolveSince;
    /** {@link #pausedSeconds} when the resolve clock last started (the waiting before does not move it). */
    @Column(name = "resolve_paused_base", nullable = false)
    public long resolvePausedBase;
    @Enumerated(EnumType.STRING)
    @Column(name = "remedy_kind")
    public RemedyKind remedyKind;
    @Column(name = "remedy_detail")
    public String remedyDetail;
    @Column(name = "remedy_owner_id")
    public UUID remedyOwnerId;
    @Column(name = "remedy_deadline")
    public Instant remedyDeadline;
    public Short satisfaction;
    @Column(name = "answer_warned_at")
    public Instant answerWarnedAt;
    @Column(name = "answer_missed_at")
    public Instant answerMissedAt;
    @Column(name = "resolve_warned_at")
    public Instant resolveWarnedAt;
    @Column(name = "resolve_missed_at")
    public Instant resolveMissedAt;
}

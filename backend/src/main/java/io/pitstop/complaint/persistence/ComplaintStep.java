package io.pitstop.complaint.persistence;

import io.pitstop.complaint.ComplaintAction;
import io.pitstop.complaint.ComplaintStatus;
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

/** One step of a complaint's audit trail; the database refuses updates and deletes. */
@Entity
@Table(name = "complaint_step")
public class ComplaintStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "complaint_id", nullable = false)
    public UUID complaintId;
    @Column(nullable = false)
    public Instant at;
    @Column(name = "actor_id")
    public UUID actorId;
    @Column(name = "actor_name")
    public String actorName;
    @Column(name = "actor_role")
    public String actorRole;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComplaintAction action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ComplaintStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public ComplaintStatus toStatus;
    public String note;
    /** JSON array of {kind, id, label}. */
    @Column(columnDefinition = "text")
    public String evidence;
    /** JSON of {@link io.pitstop.complaint.ComplaintStepFacts}: what the step did, as typed fields. */
    @Column(columnDefinition = "text")
    public String facts;
}

package io.pitstop.improvement;

import io.pitstop.kpi.Indicator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An improvement action (整改): what is done about an indicator or a recurring cause, by whom, by when. */
@Entity
@Table(name = "improvement")
public class Improvement {

    public static final String OPEN = "OPEN";
    public static final String DONE = "DONE";

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Indicator indicator;

    public String cause;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String action;

    @Column(name = "expected_effect", nullable = false)
    public String expectedEffect;

    @Column(name = "owner_id", nullable = false)
    public UUID ownerId;

    @Column(nullable = false)
    public Instant deadline;

    @Column(nullable = false)
    public String status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public UUID createdBy;

    @Column(name = "done_at")
    public Instant doneAt;

    @Column(name = "done_note")
    public String doneNote;

    @Column(name = "overdue_alerted_at")
    public Instant overdueAlertedAt;
}

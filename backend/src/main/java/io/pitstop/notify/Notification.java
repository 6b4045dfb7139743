package io.pitstop.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One message in a user's in-app inbox. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    public UUID id;

    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    @Column(nullable = false)
    public String kind;

    /** JSON object of the message's parameters; clients localize the kind with them. */
    @Column(nullable = false, columnDefinition = "text")
    public String params;

    @Column(nullable = false)
    public String text;

    @Column(name = "appointment_id")
    public UUID appointmentId;

    @Column(name = "repair_order_id")
    public UUID repairOrderId;

    @Column(name = "complaint_id")
    public UUID complaintId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}

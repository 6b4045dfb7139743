package io.pitstop.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A notification waiting for (or done with) delivery through an external channel. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public static final String PENDING = "PENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";

    @Id
    public UUID id;

    @Column(name = "notification_id", nullable = false)
    public UUID notificationId;

    @Column(nullable = false)
    public String channel;

    /** Phone number, WeChat open id or e-mail address. */
    @Column(nullable = false)
    public String address;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}

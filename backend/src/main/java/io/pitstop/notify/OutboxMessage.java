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
    /** Not sent: it was worthless after {@link #expiresAt} (a one-time code). */
    public static final String EXPIRED = "EXPIRED";

    @Id
    public UUID id;

    /** The inbox notification it carries; null for a message to a phone without an account (a one-time code). */
    @Column(name = "notification_id")
    public UUID notificationId;

    public String kind;

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

    /** Not worth sending after this (null: always worth it). */
    @Column(name = "expires_at")
    public Instant expiresAt;

    /** The text is blanked once the message is sent, failed or expired (it holds a secret). */
    @Column(nullable = false)
    public boolean sensitive;
}

package io.pitstop.identity.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A one-time code sent to a phone to prove that the person holds it. Only the code's HMAC is kept. */
@Entity
@Table(name = "phone_code")
public class PhoneCode {

    public static final String REGISTER = "REGISTER";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String phone;

    @Column(nullable = false)
    public String purpose;

    /** Null when no code was sent (the number is already registered: the message said so instead). */
    @Column(name = "code_hash")
    public String codeHash;

    @Column(nullable = false)
    public String client;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "consumed_at")
    public Instant consumedAt;
}

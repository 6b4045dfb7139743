package io.pitstop.identity.persistence;

import io.pitstop.identity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A person who logs in: a car owner or a member of staff. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String phone;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    /** Null for a customer created by staff who has not registered yet. */
    @Column(name = "password_hash")
    public String passwordHash;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public UUID createdBy;

    /** The version access tokens must carry; moved on when the role changes or the account is reactivated. */
    @Column(name = "token_version", nullable = false)
    public int tokenVersion;

    /** The language the person reads (a {@link io.pitstop.common.Language} tag): their SMS are written in it. */
    @Column(nullable = false)
    public String language = "zh-CN";
}

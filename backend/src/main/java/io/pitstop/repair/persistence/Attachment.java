package io.pitstop.repair.persistence;

import io.pitstop.repair.AttachmentPurpose;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    public UUID id;
    @Column(name = "order_id", nullable = false)
    public UUID orderId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttachmentPurpose purpose;
    @Column(name = "content_type", nullable = false)
    public String contentType;
    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;
    @Column(nullable = false)
    public String sha256;
    @Column(name = "storage_key", nullable = false)
    public String storageKey;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "uploaded_by", nullable = false)
    public UUID uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;
}

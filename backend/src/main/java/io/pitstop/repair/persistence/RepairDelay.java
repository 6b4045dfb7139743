package io.pitstop.repair.persistence;

import io.pitstop.repair.Compensation;
import io.pitstop.repair.DelayReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "repair_delay")
public class RepairDelay {

    @Id
    public UUID id;
    @Column(name = "order_id", nullable = false)
    public UUID orderId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DelayReason reason;
    @Column(nullable = false)
    public String detail;
    @Column(name = "previous_promised_at", nullable = false)
    public Instant previousPromisedAt;
    @Column(name = "new_promised_at", nullable = false)
    public Instant newPromisedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Compensation compensation;
    @Column(name = "compensation_detail")
    public String compensationDetail;
    @Column(name = "declared_at", nullable = false)
    public Instant declaredAt;
    @Column(name = "declared_by", nullable = false)
    public UUID declaredBy;
}

package io.pitstop.repair.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One event of an order, appended once. The payload is a {@link StoredRepairEvent}; rows written before that schema
 * hold the event as clients received it.
 */
@Entity
@Table(name = "repair_event")
public class RepairEvent {

    @Id
    public long id;
    @Column(name = "order_id", nullable = false)
    public UUID orderId;
    @Column(nullable = false)
    public int seq;
    @Column(nullable = false)
    public Instant at;
    @Column(nullable = false)
    public String type;
    @Column(name = "actor_id")
    public String actorId;
    @Column(name = "actor_role")
    public String actorRole;
    @Column(name = "staff_only", nullable = false)
    public boolean staffOnly;
    @Column(nullable = false, columnDefinition = "text")
    public String payload;
}

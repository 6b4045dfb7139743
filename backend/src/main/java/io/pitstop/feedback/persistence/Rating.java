package io.pitstop.feedback.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One rating per repair order: the order id is the key. */
@Entity
@Table(name = "rating")
public class Rating {

    @Id
    @Column(name = "order_id")
    public UUID orderId;
    @Column(name = "customer_id", nullable = false)
    public UUID customerId;
    @Column(name = "advisor_id", nullable = false)
    public UUID advisorId;
    @Column(name = "technician_id")
    public UUID technicianId;
    public short overall;
    public short attitude;
    public short professionalism;
    public short speed;
    @Column(name = "price_fairness")
    public short priceFairness;
    @Column(nullable = false)
    public BigDecimal score;
    public boolean low;
    /** Tags separated by '|'. */
    public String tags;
    public String comment;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "editable_until", nullable = false)
    public Instant editableUntil;
}

package io.pitstop.repair.persistence;

import io.pitstop.repair.FaultReproduced;
import io.pitstop.repair.FuelLevel;
import io.pitstop.repair.RepairStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "repair_order")
public class RepairOrder {

    @Id
    public UUID id;
    @Column(nullable = false)
    public String reference;
    @Column(name = "appointment_id")
    public UUID appointmentId;
    @Column(name = "customer_id", nullable = false)
    public UUID customerId;
    @Column(name = "vehicle_id", nullable = false)
    public UUID vehicleId;
    @Column(name = "advisor_id", nullable = false)
    public UUID advisorId;
    @Column(name = "technician_id")
    public UUID technicianId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RepairStatus status;
    @Column(name = "mileage_km", nullable = false)
    public int mileageKm;
    @Enumerated(EnumType.STRING)
    @Column(name = "fuel_level", nullable = false)
    public FuelLevel fuelLevel;
    @Column(name = "body_damage")
    public String bodyDamage;
    /** Warning lights, separated by '|'. */
    @Column(name = "warning_lights")
    public String warningLights;
    @Column(nullable = false)
    public String symptoms;
    public String diagnosis;
    @Enumerated(EnumType.STRING)
    @Column(name = "fault_reproduced", nullable = false)
    public FaultReproduced faultReproduced;
    @Column(name = "safety_critical", nullable = false)
    public boolean safetyCritical;
    @Column(name = "expected_minutes")
    public Integer expectedMinutes;
    @Column(name = "promised_at")
    public Instant promisedAt;
    @Column(name = "current_step")
    public String currentStep;
    @Column(name = "remaining_minutes")
    public Integer remainingMinutes;
    @Column(name = "last_update_at")
    public Instant lastUpdateAt;
    @Column(name = "last_staff_update_at")
    public Instant lastStaffUpdateAt;
    @Column(name = "checked_in_at", nullable = false)
    public Instant checkedInAt;
    @Column(name = "estimate_sent_at")
    public Instant estimateSentAt;
    @Column(name = "approved_at")
    public Instant approvedAt;
    @Column(name = "dispatched_at")
    public Instant dispatchedAt;
    @Column(name = "repair_started_at")
    public Instant repairStartedAt;
    @Column(name = "ready_at")
    public Instant readyAt;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    @Column(name = "cancelled_at")
    public Instant cancelledAt;
    @Column(name = "settlement_issued_at")
    public Instant settlementIssuedAt;
    @Column(name = "settlement_acknowledged_at")
    public Instant settlementAcknowledgedAt;
    @Column(name = "settlement_acknowledged_by")
    public UUID settlementAcknowledgedBy;
    /** The blob of the owner's drawn signature (PNG), while the settlement is signed. */
    @Column(name = "settlement_signature_key")
    public String settlementSignatureKey;
    @Column(name = "settlement_signature_sha256")
    public String settlementSignatureSha256;
    @Column(name = "next_service_due_date")
    public LocalDate nextServiceDueDate;
    @Column(name = "next_service_due_km")
    public Integer nextServiceDueKm;
    @Column(name = "delay_risk_for")
    public Instant delayRiskFor;
    @Column(name = "dispatch_alerted_at")
    public Instant dispatchAlertedAt;
    @Column(name = "start_alerted_at")
    public Instant startAlertedAt;
    /** When the parts an approved, undispatched order waited for arrived: its dispatch limit counts from here. */
    @Column(name = "work_ready_at")
    public Instant workReadyAt;
    /**
     * When the parts an order not yet started waited for arrived (approved or dispatched): its safety-start limit
     * counts from here.
     */
    @Column(name = "start_ready_at")
    public Instant startReadyAt;
    /** While WAITING_PARTS for catalogue parts: the status the order goes back to once they have arrived. */
    @Enumerated(EnumType.STRING)
    @Column(name = "waiting_from")
    public RepairStatus waitingFrom;
    @Column(name = "last_seq", nullable = false)
    public int lastSeq;
    @Column(name = "created_by", nullable = false)
    public UUID createdBy;
}

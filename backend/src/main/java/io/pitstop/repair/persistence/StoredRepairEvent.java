package io.pitstop.repair.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pitstop.repair.Compensation;
import io.pitstop.repair.DelayReason;
import io.pitstop.repair.RepairStatus;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The payload of a {@link RepairEvent} as stored, version {@code v}: only what the row's columns do not already hold,
 * in a shape of its own, so the API's {@code RepairEventView} can change without rewriting history. Instants are
 * kept as instants with the shop's zone of the moment, so the event reads the same however the shop is later set up.
 * Rows written before this schema have no {@code v}: their payload is the view itself (see {@code EventPayloads}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoredRepairEvent(
        int v,
        String zone,
        String actorName,
        RepairStatus status,
        RepairStatus fromStatus,
        String message,
        String step,
        Integer remainingMinutes,
        String photoId,
        Instant promisedAt,
        Instant previousPromisedAt,
        DelayReason delayReason,
        Compensation compensation,
        String compensationDetail,
        Boolean automatic,
        String technicianName,
        BigDecimal amount) {

    public static final int VERSION = 1;
}

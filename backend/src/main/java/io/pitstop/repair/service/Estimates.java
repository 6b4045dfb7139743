package io.pitstop.repair.service;

import io.pitstop.repair.Decision;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.EstimateItem;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * The estimate's arithmetic and what the customer's decisions amount to: the sums by decision, and whether the
 * estimate (round 0; supplements are later rounds) is approved, cancelled or still waiting.
 */
public final class Estimates {

    /** Where the estimate stands once some of its items are decided. */
    enum Outcome {
        /** Items of the estimate still wait for the customer (or the order is past approval: a supplement was decided). */
        WAITING,
        /** Nothing of the estimate is pending and something was approved: the order is approved and promised. */
        APPROVED,
        /** Every item of the estimate was declined: there is no work to do. */
        DECLINED
    }

    private Estimates() {
    }

    public static BigDecimal sum(Collection<EstimateItem> items) {
        return items.stream().map(EstimateItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal total(Collection<EstimateItem> items, Decision decision) {
        return sum(items.stream().filter(i -> i.decision == decision).toList());
    }

    static int pending(Collection<EstimateItem> items) {
        return (int) items.stream().filter(i -> i.decision == Decision.PENDING).count();
    }

    static Outcome outcome(RepairStatus status, Collection<EstimateItem> all) {
        if (status != RepairStatus.AWAITING_APPROVAL || all.stream().anyMatch(i -> i.round == 0 && i.decision == Decision.PENDING)) {
            return Outcome.WAITING;
        }
        return all.stream().anyMatch(i -> i.round == 0 && i.decision == Decision.APPROVED) ? Outcome.APPROVED : Outcome.DECLINED;
    }
}

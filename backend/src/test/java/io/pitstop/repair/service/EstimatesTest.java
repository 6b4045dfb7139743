package io.pitstop.repair.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.InvalidInputException;
import io.pitstop.repair.Decision;
import io.pitstop.repair.ItemDecision;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.EstimateItem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The estimate's sums and what the customer's decisions amount to, without a server. */
class EstimatesTest {

    @Test
    void aLineIsQuantityTimesPriceToTheFenAndTheEstimateSumsByDecision() {
        assertThat(EstimateItem.amount(new BigDecimal("1.5"), new BigDecimal("99.99"))).isEqualByComparingTo("149.99");
        assertThat(EstimateItem.amount(new BigDecimal("0.33"), new BigDecimal("10.05"))).isEqualByComparingTo("3.32");
        List<EstimateItem> items = List.of(item(0, "2", "200", Decision.APPROVED), item(0, "1", "480", Decision.DECLINED),
                item(1, "1", "120", Decision.PENDING), item(1, "0.5", "300", Decision.PENDING));
        assertThat(Estimates.sum(items)).isEqualByComparingTo("1150.00");
        assertThat(Estimates.total(items, Decision.APPROVED)).isEqualByComparingTo("400.00");
        assertThat(Estimates.total(items, Decision.DECLINED)).isEqualByComparingTo("480.00");
        assertThat(Estimates.total(items, Decision.PENDING)).isEqualByComparingTo("270.00");
        assertThat(Estimates.pending(items)).isEqualTo(2);
        assertThat(Estimates.sum(List.of())).isEqualByComparingTo("0");
    }

    @Test
    void theEstimateIsApprovedWhenNothingOfItIsPendingAndSomethingWasApproved() {
        assertThat(Estimates.outcome(RepairStatus.AWAITING_APPROVAL, List.of(item(0, "1", "1", Decision.APPROVED),
                item(0, "1", "1", Decision.DECLINED)))).isEqualTo(Estimates.Outcome.APPROVED);
        assertThat(Estimates.outcome(RepairStatus.AWAITING_APPROVAL, List.of(item(0, "1", "1", Decision.APPROVED),
                item(0, "1", "1", Decision.PENDING)))).isEqualTo(Estimates.Outcome.WAITING);
    }

    @Test
    void decliningEveryItemOfTheEstimateLeavesNoWork() {
        assertThat(Estimates.outcome(RepairStatus.AWAITING_APPROVAL, List.of(item(0, "1", "1", Decision.DECLINED),
                item(0, "1", "1", Decision.DECLINED)))).isEqualTo(Estimates.Outcome.DECLINED);
    }

    @Test
    void aDecidedSupplementNeverApprovesOrCancelsTheOrderAgain() {
        assertThat(Estimates.outcome(RepairStatus.IN_REPAIR, List.of(item(0, "1", "1", Decision.APPROVED),
                item(1, "1", "1", Decision.DECLINED)))).isEqualTo(Estimates.Outcome.WAITING);
    }

    @Test
    void eachItemIsDecidedOnceWhileTheOrderStillTakesDecisions() {
        EstimateItem estimate = item(0, "1", "100", Decision.PENDING);
        EstimateItem decided = item(0, "1", "100", Decision.APPROVED);
        EstimateItem supplement = item(1, "1", "100", Decision.PENDING);
        Map<UUID, EstimateItem> byId = List.of(estimate, decided, supplement).stream()
                .collect(Collectors.toMap(i -> i.id, Function.identity()));

        EstimateApproval.check(RepairStatus.AWAITING_APPROVAL, byId, List.of(new ItemDecision(estimate.id, Decision.APPROVED)));
        EstimateApproval.check(RepairStatus.IN_REPAIR, byId, List.of(new ItemDecision(supplement.id, Decision.DECLINED)));

        assertThatThrownBy(() -> EstimateApproval.check(RepairStatus.AWAITING_APPROVAL, byId,
                List.of(new ItemDecision(UUID.randomUUID(), Decision.APPROVED))))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("decisions[0].itemId");
        assertThatThrownBy(() -> EstimateApproval.check(RepairStatus.AWAITING_APPROVAL, byId,
                List.of(new ItemDecision(estimate.id, Decision.APPROVED), new ItemDecision(estimate.id, Decision.DECLINED))))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("decisions[1].itemId");
        assertThatThrownBy(() -> EstimateApproval.check(RepairStatus.AWAITING_APPROVAL, byId,
                List.of(new ItemDecision(estimate.id, Decision.PENDING))))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("decisions[0].decision");
        assertThatThrownBy(() -> EstimateApproval.check(RepairStatus.AWAITING_APPROVAL, byId,
                List.of(new ItemDecision(decided.id, Decision.DECLINED))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> EstimateApproval.check(RepairStatus.APPROVED, byId,
                List.of(new ItemDecision(estimate.id, Decision.APPROVED))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> EstimateApproval.check(RepairStatus.DELIVERED, byId,
                List.of(new ItemDecision(supplement.id, Decision.APPROVED))))
                .isInstanceOf(ConflictException.class);
    }

    static EstimateItem item(int round, String quantity, String price, Decision decision) {
        EstimateItem i = new EstimateItem();
        i.id = UUID.randomUUID();
        i.round = (short) round;
        i.description = "项目";
        i.quantity = new BigDecimal(quantity);
        i.unitPrice = new BigDecimal(price);
        i.decision = decision;
        return i;
    }
}

package io.pitstop.repair.service;

import io.pitstop.common.InvalidInputException;
import io.pitstop.repair.Decision;
import io.pitstop.repair.ItemKind;
import io.pitstop.repair.SettlementLineRequest;
import io.pitstop.repair.persistence.EstimateItem;
import io.pitstop.repair.persistence.SettlementLine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static io.pitstop.repair.service.EstimatesTest.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The settlement against the approved estimate, without a server. */
class SettlementLinesTest {

    private final UUID order = UUID.randomUUID();
    private final EstimateItem approved = item(0, "2", "200", Decision.APPROVED);
    private final EstimateItem declined = item(0, "1", "480", Decision.DECLINED);
    private final List<EstimateItem> items = List.of(approved, declined);

    @Test
    void anApprovedItemBilledAsEstimatedAndANewLineWithItsReasonAreTheSettlement() {
        List<SettlementLine> lines = SettlementLines.of(order, items, List.of(line(approved.id, "2", "200", null),
                line(null, "1", "120", "质检发现点火线圈老化，+120")));
        assertThat(lines).extracting(l -> l.amount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("400"), new BigDecimal("120"));
        assertThat(lines.get(0).estimatedAmount).isEqualByComparingTo("400");
        assertThat(lines.get(1).estimatedAmount).isNull();
        assertThat(lines).extracting(l -> l.position).containsExactly((short) 0, (short) 1);
        assertThat(lines).allSatisfy(l -> assertThat(l.orderId).isEqualTo(order));
        assertThat(SettlementLines.total(lines)).isEqualByComparingTo("520.00");
    }

    @Test
    void declinedWorkIsNeverBilled() {
        assertThatThrownBy(() -> SettlementLines.of(order, items, List.of(line(approved.id, "2", "200", null),
                line(declined.id, "1", "480", "x")))).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("lines[1].itemId");
    }

    @Test
    void everyDifferenceFromTheEstimateSaysWhy() {
        assertThatThrownBy(() -> SettlementLines.of(order, items, List.of(line(approved.id, "3", "200", null))))
                .hasMessageStartingWith("lines[0].differenceReason");
        assertThatThrownBy(() -> SettlementLines.of(order, items, List.of(line(approved.id, "2", "200", null), line(null, "1", "5", " "))))
                .hasMessageStartingWith("lines[1].differenceReason");
        assertThat(SettlementLines.of(order, items, List.of(line(approved.id, "0", "200", "客户取消此项")))).hasSize(1);
    }

    @Test
    void everyApprovedItemIsBilledExactlyOnce() {
        assertThatThrownBy(() -> SettlementLines.of(order, items, List.of(line(null, "1", "5", "x"))))
                .hasMessageStartingWith("lines:");
        assertThatThrownBy(() -> SettlementLines.of(order, items, List.of(line(approved.id, "2", "200", null),
                line(approved.id, "2", "200", null)))).hasMessageStartingWith("lines[1].itemId");
    }

    private static SettlementLineRequest line(UUID itemId, String quantity, String price, String reason) {
        return new SettlementLineRequest(itemId, ItemKind.PART, "项目", new BigDecimal(quantity), new BigDecimal(price), reason, null);
    }

    @Test
    void aNewLineWaitsForTheOwnerUnlessTheOwnerDecidedTheSameLineBeforeAndADeclinedLineIsNotBilled() {
        List<SettlementLine> before = SettlementLines.of(order, items, List.of(line(approved.id, "2", "200", null),
                line(null, "1", "120", "点火线圈老化"), line(null, "1", "45", "感应线老化")));
        SettlementLines.decide(before, List.of());
        assertThat(before).extracting(l -> l.decision).containsExactly(Decision.APPROVED, Decision.PENDING, Decision.PENDING);
        assertThat(SettlementLines.pending(before)).isEqualTo(2);
        before.get(1).decision = Decision.DECLINED;
        before.get(2).decision = Decision.APPROVED;
        assertThat(SettlementLines.total(before)).isEqualByComparingTo("445");

        // Reissued with the disc line unchanged and the sensor line at another price: only the changed line asks again.
        List<SettlementLine> after = SettlementLines.of(order, items, List.of(line(approved.id, "2", "200", null),
                line(null, "1", "120", "点火线圈老化"), line(null, "1", "50", "感应线老化")));
        SettlementLines.decide(after, before);
        assertThat(after).extracting(l -> l.decision).containsExactly(Decision.APPROVED, Decision.DECLINED, Decision.PENDING);
    }
}

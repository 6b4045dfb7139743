package io.pitstop.repair.service;

import io.pitstop.common.Texts;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.parts.PartRef;
import io.pitstop.repair.Decision;
import io.pitstop.repair.ItemKind;
import io.pitstop.repair.SettlementLineRequest;
import io.pitstop.repair.persistence.EstimateItem;
import io.pitstop.repair.persistence.SettlementLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The settlement's lines checked against the approved estimate (domain step 8): every approved item is billed once
 * (quantity 0 with the reason if it was not done), declined work is never billed, and every difference from the
 * estimate, and every line that was not estimated, says why.
 */
public final class SettlementLines {

    private SettlementLines() {
    }

    /** What the settlement comes to: a new line the owner declined is not billed. */
    public static BigDecimal total(Collection<SettlementLine> lines) {
        return lines.stream().filter(l -> l.decision != Decision.DECLINED).map(l -> l.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** New lines waiting for the owner. */
    public static int pending(Collection<SettlementLine> lines) {
        return (int) lines.stream().filter(l -> l.decision == Decision.PENDING).count();
    }

    /**
     * A line that was never approved on the estimate waits for the owner, like a supplement, unless the owner already
     * decided on the very same line (kind, description, quantity, price) of the settlement it replaces.
     */
    static void decide(List<SettlementLine> lines, List<SettlementLine> previous) {
        for (SettlementLine line : lines) {
            if (line.itemId != null) {
                line.decision = Decision.APPROVED;
                continue;
            }
            line.decision = Decision.PENDING;
            previous.stream().filter(p -> p.itemId == null && p.decision != Decision.PENDING && same(p, line)).findFirst().ifPresent(p -> {
                line.decision = p.decision;
                line.decidedAt = p.decidedAt;
                line.decidedBy = p.decidedBy;
                line.decidedByName = p.decidedByName;
                line.decidedByRole = p.decidedByRole;
            });
        }
    }

    /** The warranty each line carries from now on, by its kind, as configured when it is billed. */
    static void warrant(List<SettlementLine> lines, SettlementRules rules) {
        warrant(lines, rules, Map.of());
    }

    /** A catalogue part carries the catalogue's warranty where it gives one; everything else the configured rule's. */
    static void warrant(List<SettlementLine> lines, SettlementRules rules, Map<UUID, PartRef> parts) {
        for (SettlementLine line : lines) {
            boolean part = line.kind == ItemKind.PART;
            PartRef catalogue = line.partId == null ? null : parts.get(line.partId);
            line.warrantyMonths = (short) (catalogue != null && catalogue.warrantyMonths() != null ? catalogue.warrantyMonths()
                    : part ? rules.partWarrantyMonths() : rules.labourWarrantyMonths());
            line.warrantyKm = catalogue != null && catalogue.warrantyKm() != null ? catalogue.warrantyKm()
                    : part ? rules.partWarrantyKm() : rules.labourWarrantyKm();
        }
    }

    private static boolean same(SettlementLine a, SettlementLine b) {
        return a.kind == b.kind && a.description.equals(b.description) && a.quantity.compareTo(b.quantity) == 0
                && a.unitPrice.compareTo(b.unitPrice) == 0;
    }

    static List<SettlementLine> of(UUID orderId, List<EstimateItem> items, List<SettlementLineRequest> requests) {
        return of(orderId, items, requests, Map.of());
    }

    /**
     * The lines, a catalogue line named by its part ({@code partId}, or the estimate item's it bills) and described by
     * its name unless the advisor says otherwise; a line without a part must say what it is.
     */
    static List<SettlementLine> of(UUID orderId, List<EstimateItem> items, List<SettlementLineRequest> requests, Map<UUID, PartRef> parts) {
        Map<UUID, EstimateItem> approved = items.stream().filter(i -> i.decision == Decision.APPROVED)
                .collect(Collectors.toMap(i -> i.id, Function.identity()));
        Set<UUID> billed = new HashSet<>();
        List<SettlementLine> lines = new ArrayList<>();
        for (int n = 0; n < requests.size(); n++) {
            SettlementLineRequest r = requests.get(n);
            SettlementLine line = new SettlementLine();
            line.id = UUID.randomUUID();
            line.orderId = orderId;
            line.position = (short) n;
            line.kind = r.kind();
            EstimateItem billedItem = r.itemId() == null ? null : approved.get(r.itemId());
            line.partId = r.partId() != null ? r.partId() : billedItem != null && r.kind() == ItemKind.PART ? billedItem.partId : null;
            PartRef part = line.partId == null ? null : parts.get(line.partId);
            String description = Texts.optional(r.description());
            if (description == null && part == null) {
                throw new InvalidInputException("lines[" + n + "].description", Detail.of("problem.repair.description-required"));
            }
            line.description = description != null ? description : part.nameZh();
            line.quantity = r.quantity();
            line.unitPrice = r.unitPrice();
            line.amount = EstimateItem.amount(r.quantity(), r.unitPrice());
            line.differenceReason = Texts.optional(r.differenceReason());
            if (r.itemId() != null) {
                EstimateItem item = approved.get(r.itemId());
                if (item == null || !billed.add(item.id)) {
                    throw new InvalidInputException("lines[" + n + "].itemId",
                            Detail.of(item == null ? "problem.repair.not-an-approved-item" : "problem.repair.billed-twice"));
                }
                line.itemId = item.id;
                line.estimatedAmount = item.amount();
            }
            if (line.differenceReason == null && (line.estimatedAmount == null || line.amount.compareTo(line.estimatedAmount) != 0)) {
                throw new InvalidInputException("lines[" + n + "].differenceReason", Detail.of(line.estimatedAmount == null
                        ? "problem.repair.reason-for-new-line" : "problem.repair.reason-for-difference"));
            }
            lines.add(line);
        }
        for (EstimateItem item : approved.values()) {
            if (!billed.contains(item.id)) {
                throw new InvalidInputException("lines", Detail.of("problem.repair.item-not-billed", Map.of("item", item.description)));
            }
        }
        return lines;
    }
}

package io.pitstop.repair;

import jakarta.validation.constraints.NotNull;

import java.util.UUID;

public record SettlementLineDecision(@NotNull UUID lineId, @NotNull Decision decision) {
}

package io.pitstop.parts;

import java.math.BigDecimal;
import java.util.UUID;

/** One approved line's need: the estimate item (its id is the line id), the catalogue part and how many. */
public record LineDemand(UUID lineId, UUID partId, BigDecimal quantity) {
}

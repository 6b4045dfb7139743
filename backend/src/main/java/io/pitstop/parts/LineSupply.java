package io.pitstop.parts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One line's part as it stands. {@code expectedAt} is set while SHORT: the earliest open purchase order's expected
 * arrival covering it ({@code purchaseOrderId} set), else now plus the preferred supplier's lead time (no purchase
 * order yet: the desk is asked to buy). {@code askedAt}: when the technician asked for it to be issued.
 */
public record LineSupply(UUID lineId, UUID orderId, PartRef part, BigDecimal quantity, SupplyState state,
                         BigDecimal reserved, BigDecimal issued, Instant expectedAt, UUID purchaseOrderId,
                         Instant askedAt) {
}

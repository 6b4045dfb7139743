package io.pitstop.parts;

import io.smallrye.mutiny.Uni;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Told by the parts desk, inside the receiving transaction, when a receipt has reserved parts for lines that were
 * waiting. Implemented on the repair side (the order moves on, the technician is told), so parts never depends on
 * repair. {@code allSupplied}: no line of the order is SHORT any more.
 */
public interface PartsArrivals {

    Uni<Void> arrived(UUID orderId, List<UUID> lineIds, boolean allSupplied, Instant now);
}

package io.pitstop.booking;

import io.smallrye.mutiny.Uni;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Which cars are in the workshop now (an open repair order), for the warnings an advisor sees before confirming a
 * booking. Booking declares what it needs; repair, which knows the orders, answers it (repair depends on booking, never
 * the other way round).
 */
public interface WorkshopPresence {

    /** The open repair order's reference of each of these vehicles that has one; in the caller's session. */
    Uni<Map<UUID, String>> openOrders(Collection<UUID> vehicleIds);
}

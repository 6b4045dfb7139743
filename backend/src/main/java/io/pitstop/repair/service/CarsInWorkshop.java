package io.pitstop.repair.service;

import io.pitstop.booking.WorkshopPresence;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.RepairOrderRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Booking's question "is this car already here?", answered from the open repair orders. */
@ApplicationScoped
public class CarsInWorkshop implements WorkshopPresence {

    private final RepairOrderRepository orders;

    public CarsInWorkshop(RepairOrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public Uni<Map<UUID, String>> openOrders(Collection<UUID> vehicleIds) {
        if (vehicleIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return orders.list("vehicleId in ?1 and status in ?2 order by checkedInAt", List.copyOf(vehicleIds), List.copyOf(RepairStatus.OPEN))
                .map(list -> list.stream().collect(Collectors.toMap(o -> o.vehicleId, o -> o.reference, (first, later) -> first)));
    }
}

package io.pitstop.booking.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class VehicleRepository implements PanacheRepositoryBase<Vehicle, UUID> {

    public Uni<List<Vehicle>> ofCustomer(UUID customerId) {
        return list("customerId = ?1 order by createdAt", customerId);
    }

    /** The vehicle only if it belongs to the customer: another customer's vehicle does not exist for them. */
    public Uni<Vehicle> ofCustomer(UUID customerId, UUID vehicleId) {
        return find("id = ?1 and customerId = ?2", vehicleId, customerId).firstResult();
    }

    public Uni<Vehicle> byPlate(UUID customerId, String plate) {
        return find("customerId = ?1 and plate = ?2", customerId, plate).firstResult();
    }

    public Uni<Vehicle> byVin(UUID customerId, String vin) {
        return find("customerId = ?1 and vin = ?2", customerId, vin).firstResult();
    }
}

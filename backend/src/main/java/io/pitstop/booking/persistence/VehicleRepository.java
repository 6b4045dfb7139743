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

    /** One customer's vehicles are counted and added one at a time (the cap holds under concurrency). */
    public Uni<Void> lockCustomer(UUID customerId) {
        return io.pitstop.common.AdvisoryLocks.lock("vehicles-customer|" + customerId);
    }

    public Uni<Long> countOfCustomer(UUID customerId) {
        return count("customerId", customerId);
    }

    /** Another customer's vehicle with this plate or VIN (the first on file), or null. */
    public Uni<Vehicle> sameCarElsewhere(UUID customerId, String plate, String vin) {
        return find("customerId <> ?1 and (plate = ?2 or vin = ?3) order by createdAt", customerId, plate, vin).firstResult();
    }

    public Uni<Vehicle> byVin(UUID customerId, String vin) {
        return find("customerId = ?1 and vin = ?2", customerId, vin).firstResult();
    }
}

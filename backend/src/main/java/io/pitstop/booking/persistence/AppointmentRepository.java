package io.pitstop.booking.persistence;

import io.pitstop.booking.AppointmentStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AppointmentRepository implements PanacheRepositoryBase<Appointment, UUID> {

    /** Live appointments of these bays overlapping [from, to). */
    public Uni<List<Appointment>> liveOverlapping(Collection<UUID> bayIds, Instant from, Instant to) {
        if (bayIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("bayId in :bays and status in :live and startsAt < :to and endsAt > :from",
                Parameters.with("bays", bayIds).and("live", AppointmentStatus.LIVE).and("from", from).and("to", to));
    }

    /**
     * Serialises every booking change of one shop day, across connections and instances, until the transaction
     * ends: the capacity check (including the emergency reserve) and the insert then happen as one step. The
     * exclusion constraint still guards each bay on its own.
     */
    public Uni<Void> lockDay(java.time.LocalDate day) {
        return io.pitstop.common.AdvisoryLocks.lock("booking|" + day);
    }

    /** One customer's bookings are counted and added one at a time (caps on live bookings hold under concurrency). */
    public Uni<Void> lockCustomer(UUID customerId) {
        return io.pitstop.common.AdvisoryLocks.lock("booking-customer|" + customerId);
    }

    /** Requested or confirmed bookings of the customer that have not started yet. */
    public Uni<Long> countUpcomingOfCustomer(UUID customerId, Instant now) {
        return count("customerId = ?1 and status in ?2 and startsAt > ?3", customerId,
                java.util.List.of(AppointmentStatus.REQUESTED, AppointmentStatus.CONFIRMED), now);
    }

    public Uni<Long> countUpcomingOfVehicle(UUID vehicleId, Instant now) {
        return count("vehicleId = ?1 and status in ?2 and startsAt > ?3", vehicleId,
                java.util.List.of(AppointmentStatus.REQUESTED, AppointmentStatus.CONFIRMED), now);
    }

    /** Live bookings of these customers overlapping [from, to). */
    public Uni<List<Appointment>> liveOfCustomers(Collection<UUID> customerIds, Instant from, Instant to) {
        return customerIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("customerId in :customers and status in :live and startsAt < :to and endsAt > :from",
                Parameters.with("customers", customerIds).and("live", AppointmentStatus.LIVE).and("from", from).and("to", to));
    }

    /** Live bookings of a vehicle overlapping [from, to), other than the one given (null for none). */
    public Uni<List<Appointment>> liveOfVehicleBetween(UUID vehicleId, Instant from, Instant to, UUID except) {
        return list("vehicleId = :vehicle and status in :live and startsAt < :to and endsAt > :from and id <> :except",
                Parameters.with("vehicle", vehicleId).and("live", AppointmentStatus.LIVE).and("from", from).and("to", to)
                        .and("except", except == null ? new UUID(0, 0) : except));
    }

    public Uni<List<Appointment>> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", ids);
    }

    public Uni<Appointment> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<List<Appointment>> search(UUID customerId, AppointmentStatus status, Instant from, Instant to) {
        StringBuilder q = new StringBuilder("startsAt >= :from and startsAt < :to");
        Parameters p = Parameters.with("from", from).and("to", to);
        if (customerId != null) {
            q.append(" and customerId = :customer");
            p.and("customer", customerId);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        return list(q.append(" order by startsAt, reference").toString(), p);
    }
}

package io.pitstop.repair.persistence;

import io.pitstop.common.LeastLoaded;
import io.pitstop.repair.RepairStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class RepairOrderRepository implements PanacheRepositoryBase<RepairOrder, UUID> {

    public Uni<RepairOrder> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<List<RepairOrder>> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", ids);
    }

    /**
     * The orders with these ids as read-only snapshots: a batch job changes them in SQL, so their entities must not be
     * flushed back one by one.
     */
    public Uni<List<RepairOrder>> byIdsReadOnly(Collection<UUID> ids) {
        return byIds(ids).call(list -> io.quarkus.hibernate.reactive.panache.Panache.getSession().invoke(s -> list.forEach(o -> s.setReadOnly(o, true))));
    }

    public Uni<List<RepairOrder>> ofCustomer(UUID customerId) {
        return list("customerId = ?1 order by checkedInAt desc, id", customerId);
    }

    /** The board of a period: open orders whatever their age, and those closed within the period. */
    public Uni<List<RepairOrder>> board(Instant from, Instant to, RepairStatus status) {
        StringBuilder q = new StringBuilder("((status not in :closed and checkedInAt < :to) or (checkedInAt >= :from and checkedInAt < :to)"
                + " or (deliveredAt >= :from and deliveredAt < :to))");
        Parameters p = Parameters.with("closed", List.of(RepairStatus.DELIVERED, RepairStatus.CANCELLED)).and("from", from).and("to", to);
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        return list(q.append(" order by checkedInAt, id").toString(), p);
    }

    /** The orders opened from these bookings, newest first. */
    public Uni<List<RepairOrder>> ofAppointments(Collection<UUID> appointmentIds) {
        return appointmentIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("appointmentId in ?1 order by checkedInAt desc, id", appointmentIds);
    }

    /** Open workshop orders per assigned technician. */
    public Uni<Map<UUID, Long>> workload() {
        return find("select technicianId, count(*) from RepairOrder where technicianId is not null and status in ?1 group by technicianId",
                List.copyOf(RepairStatus.IN_WORKSHOP)).project(Object[].class).list().map(LeastLoaded::counts);
    }

    public Uni<RepairOrder> openOfVehicle(UUID vehicleId) {
        return find("vehicleId = ?1 and status not in ?2", vehicleId, List.of(RepairStatus.DELIVERED, RepairStatus.CANCELLED)).firstResult();
    }

    public Uni<RepairOrder> ofAppointment(UUID appointmentId) {
        return find("appointmentId", appointmentId).firstResult();
    }
}

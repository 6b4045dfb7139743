package io.pitstop.complaint.persistence;

import io.pitstop.common.LeastLoaded;
import io.pitstop.complaint.ComplaintStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ComplaintRepository implements PanacheRepositoryBase<Complaint, UUID> {

    public Uni<Complaint> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The complaint still open on the order (the first filed, should there ever be two), or null. */
    public Uni<Complaint> openOnOrder(UUID orderId) {
        return find("orderId = ?1 and status <> ?2 order by createdAt", orderId, ComplaintStatus.CLOSED).firstResult();
    }

    /** Complaints not closed, per owner: how loaded each member of staff is. */
    public Uni<Map<UUID, Long>> openPerOwner() {
        return find("select c.ownerId, count(c) from Complaint c where c.status <> ?1 group by c.ownerId", ComplaintStatus.CLOSED)
                .project(Object[].class).list().map(LeastLoaded::counts);
    }

    /** The day's counter, incremented in the caller's transaction: no duplicates, and no gaps when it rolls back. */
    public Uni<Integer> nextOfDay(LocalDate day) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into complaint_counter (day, last) values (?1, 1)
                        on conflict (day) do update set last = complaint_counter.last + 1
                        returning last""", Integer.class)
                .setParameter(1, day).getSingleResult());
    }
}

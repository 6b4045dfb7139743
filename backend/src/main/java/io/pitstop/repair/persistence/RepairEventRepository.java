package io.pitstop.repair.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RepairEventRepository implements PanacheRepositoryBase<RepairEvent, Long> {

    /**
     * The next shop-wide event id, drawn under a transaction-scoped lock: ids commit in the order they are drawn,
     * so a stream that has read id n can never later find an n-1 that committed after it. Call it last in a
     * transaction's work on orders (after locking them) so the lock is held only until the commit.
     */
    public Uni<Long> nextId() {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select nextval('repair_event_id_seq') from (select pg_advisory_xact_lock(hashtextextended('repair_event', 0))) l",
                        Long.class)
                .getSingleResult());
    }

    /**
     * {@code n} next shop-wide event ids, ascending, drawn in one statement under the same lock as {@link #nextId}: a
     * batch's events commit together, after every id drawn before them.
     */
    public Uni<List<Long>> nextIds(int n) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        with l as materialized (select pg_advisory_xact_lock(hashtextextended('repair_event', 0)))
                        select nextval('repair_event_id_seq') from l, generate_series(1, ?1) g order by 1
                        """, Long.class)
                .setParameter(1, n)
                .getResultList());
    }

    public Uni<List<RepairEvent>> ofOrder(UUID orderId) {
        return list("orderId = ?1 order by seq", orderId);
    }
}

package io.pitstop.improvement;

import io.pitstop.common.NativeSql;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ImprovementRepository implements PanacheRepositoryBase<Improvement, UUID> {

    public Uni<List<Improvement>> of(UUID ownerId, String status) {
        StringBuilder q = new StringBuilder("1 = 1");
        io.quarkus.panache.common.Parameters p = new io.quarkus.panache.common.Parameters();
        if (ownerId != null) {
            q.append(" and ownerId = :owner");
            p.and("owner", ownerId);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        return list(q + " order by case when status = 'OPEN' then 0 else 1 end, deadline, id", p);
    }

    /**
     * Marks the open actions past their deadline as alerted and answers them: the UPDATE that selects them is the
     * record that they were raised, so two instances or two runs raise each once.
     */
    public Uni<List<UUID>> claimOverdue(Instant now) {
        return NativeSql.ids("""
                update improvement set overdue_alerted_at = ?1
                where id in (select id from improvement where status = ?2 and deadline <= ?1
                               and overdue_alerted_at is null for update skip locked)
                returning id
                """, now, Improvement.OPEN);
    }
}

package io.pitstop.notify;

import io.pitstop.common.Paging;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.pitstop.common.NativeSql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxMessage, UUID> {

    /**
     * Claims due messages: rows locked by another instance are skipped, and the claimed ones are leased (their next
     * attempt pushed out) before the lock is released, so that no other instance sends them meanwhile.
     */
    public Uni<List<UUID>> claimDue(Instant now, Instant leaseUntil, int limit) {
        return NativeSql.ids("""
                update outbox_message set next_attempt_at = ?2
                where id in (select id from outbox_message
                             where status = ?4 and next_attempt_at <= ?1
                             order by next_attempt_at
                             limit ?3
                             for update skip locked)
                returning id
                """, now, leaseUntil, limit, OutboxMessage.PENDING);
    }

    /** Claims one message (as {@link #claimDue} does) if it is pending, due and not held by another instance. */
    public Uni<Boolean> claim(UUID id, Instant now, Instant leaseUntil) {
        return NativeSql.update("""
                update outbox_message set next_attempt_at = ?3
                where id in (select id from outbox_message
                             where id = ?1 and status = ?4 and next_attempt_at <= ?2
                             for update skip locked)
                """, id, now, leaseUntil, OutboxMessage.PENDING).map(rows -> rows == 1);
    }

    public Uni<List<OutboxMessage>> byStatus(String status, Paging.Page page) {
        return find("status = ?1 order by createdAt desc, id", status).range(page.offset(), page.last()).list();
    }
}

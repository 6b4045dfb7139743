package io.pitstop.notify;

import io.pitstop.common.Paging;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    public Uni<List<Notification>> inbox(UUID recipientId, Paging.Page page) {
        return find("recipientId = ?1 order by createdAt desc, id", recipientId).range(page.offset(), page.last()).list();
    }

    public Uni<Long> unread(UUID recipientId) {
        return count("recipientId = ?1 and readAt is null", recipientId);
    }

    public Uni<Notification> ofRecipient(UUID recipientId, UUID id) {
        return find("id = ?1 and recipientId = ?2", id, recipientId).firstResult();
    }
}

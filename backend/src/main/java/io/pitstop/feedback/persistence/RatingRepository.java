package io.pitstop.feedback.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RatingRepository implements PanacheRepositoryBase<Rating, UUID> {

    public Uni<List<Rating>> between(Instant from, Instant to, Boolean low) {
        return low == null ? list("createdAt >= ?1 and createdAt < ?2 order by createdAt desc, id", from, to)
                : list("createdAt >= ?1 and createdAt < ?2 and low = ?3 order by createdAt desc, id", from, to, low);
    }

    public Uni<Rating> findForUpdate(UUID orderId) {
        return findById(orderId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }
}

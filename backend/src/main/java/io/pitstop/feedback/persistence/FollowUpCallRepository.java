package io.pitstop.feedback.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.UUID;

@ApplicationScoped
public class FollowUpCallRepository implements PanacheRepositoryBase<FollowUpCall, UUID> {

    public Uni<FollowUpCall> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}

package io.pitstop.feedback.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FollowUpAttemptRepository implements PanacheRepositoryBase<FollowUpAttempt, Long> {

    public Uni<List<FollowUpAttempt>> of(Collection<UUID> callIds) {
        return callIds.isEmpty() ? Uni.createFrom().item(List.of()) : list("callId in ?1 order by id", callIds);
    }
}

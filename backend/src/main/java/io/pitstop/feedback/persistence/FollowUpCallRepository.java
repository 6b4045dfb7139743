package io.pitstop.feedback.persistence;

import io.pitstop.common.LeastLoaded;
import io.pitstop.feedback.CallStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class FollowUpCallRepository implements PanacheRepositoryBase<FollowUpCall, UUID> {

    public Uni<FollowUpCall> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Open calls per assignee: how loaded each agent is. */
    public Uni<Map<UUID, Long>> openPerAssignee() {
        return find("select c.assigneeId, count(c) from FollowUpCall c where c.status = ?1 group by c.assigneeId", CallStatus.OPEN)
                .project(Object[].class).list().map(LeastLoaded::counts);
    }
}

package io.pitstop.complaint.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ComplaintStepRepository implements PanacheRepositoryBase<ComplaintStep, Long> {

    public Uni<List<ComplaintStep>> of(UUID complaintId) {
        return list("complaintId = ?1 order by id", complaintId);
    }
}

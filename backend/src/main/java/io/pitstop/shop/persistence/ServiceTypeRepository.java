package io.pitstop.shop.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class ServiceTypeRepository implements PanacheRepositoryBase<ServiceType, String> {

    public Uni<List<ServiceType>> ordered() {
        return list("order by durationMinutes, code");
    }
}

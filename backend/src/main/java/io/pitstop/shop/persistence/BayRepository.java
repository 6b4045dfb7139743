package io.pitstop.shop.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class BayRepository implements PanacheRepositoryBase<Bay, UUID> {

    public Uni<List<Bay>> ordered() {
        return list("order by code");
    }

    public Uni<Bay> findByCode(String code) {
        return find("code", code).firstResult();
    }
}

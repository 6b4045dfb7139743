package io.pitstop.identity.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PartnerClientRepository implements PanacheRepositoryBase<PartnerClient, UUID> {

    public Uni<PartnerClient> findByClientId(String clientId) {
        return find("clientId", clientId).firstResult();
    }

    public Uni<List<PartnerClient>> listByName() {
        return list("order by name");
    }
}

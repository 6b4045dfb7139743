package io.pitstop.shop.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class OpeningHoursRepository implements PanacheRepositoryBase<OpeningHoursEntry, Short> {

    public Uni<List<OpeningHoursEntry>> week() {
        return list("order by dayOfWeek");
    }
}

package io.pitstop.shop.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class ClosedDateRepository implements PanacheRepositoryBase<ClosedDate, LocalDate> {

    public Uni<List<ClosedDate>> from(LocalDate day) {
        return list("day >= ?1 order by day", day);
    }
}

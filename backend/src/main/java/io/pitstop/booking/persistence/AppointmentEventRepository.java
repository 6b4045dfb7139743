package io.pitstop.booking.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AppointmentEventRepository implements PanacheRepositoryBase<AppointmentEvent, Long> {

    public Uni<List<AppointmentEvent>> history(UUID appointmentId) {
        return list("appointmentId = ?1 order by id", appointmentId);
    }
}

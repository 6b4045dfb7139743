package io.pitstop.booking.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** Idempotency keys of booking requests: (caller, key) -> the request's hash and the appointment it created. */
@ApplicationScoped
public class IdempotencyRepository {

    public record Entry(String requestHash, UUID appointmentId) {
    }

    /** Serialises requests with the same key (until the transaction ends), across instances. */
    public Uni<Void> lock(String caller, String key) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 7))")
                .setParameter(1, caller + "|" + key).getSingleResult()).replaceWithVoid();
    }

    public Uni<Entry> find(String caller, String key) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select request_hash, appointment_id from idempotency_key where caller = ?1 and idem_key = ?2", Object[].class)
                .setParameter(1, caller).setParameter(2, key).getResultList())
                .map(rows -> rows.isEmpty() ? null
                        : new Entry(rows.get(0)[0].toString(), (UUID) rows.get(0)[1]));
    }

    public Uni<Integer> remember(String caller, String key, String hash, UUID appointmentId, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into idempotency_key (caller, idem_key, request_hash, appointment_id, created_at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, hash).setParameter(4, appointmentId)
                .setParameter(5, now.atOffset(ZoneOffset.UTC)).executeUpdate());
    }
}

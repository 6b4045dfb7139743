package io.pitstop.common;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * "This piece of scheduled work is done": a unique (kind, subject) row. A job claims its work with {@link #claim};
 * only the first claim of a pair succeeds, so two instances, or two runs, never act twice.
 */
@ApplicationScoped
public class JobMarks {

    /** True when this caller is the first to do (kind, subject); within the caller's transaction. */
    public Uni<Boolean> claim(String kind, UUID subject, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into job_mark (kind, subject_id, done_at) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, kind).setParameter(2, subject).setParameter(3, now.atOffset(ZoneOffset.UTC))
                .executeUpdate()).map(rows -> rows == 1);
    }
}

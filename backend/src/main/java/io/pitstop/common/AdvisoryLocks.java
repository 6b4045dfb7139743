package io.pitstop.common;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Transaction-scoped PostgreSQL advisory locks on a name: whoever takes the same name waits until the holder's
 * transaction ends, on every instance. For "count, then insert" rules that a constraint cannot express.
 */
public final class AdvisoryLocks {

    private AdvisoryLocks() {
    }

    /** In the caller's transaction; released when it commits or rolls back. */
    public static Uni<Void> lock(String name) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, name).getSingleResult()).replaceWithVoid();
    }
}

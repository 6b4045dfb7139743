package io.pitstop.identity.service;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * bcrypt on a worker thread: a hash costs tens of milliseconds of CPU, which must never run on the event loop.
 * Results come back on the caller's Vert.x context, so a reactive session in use stays valid.
 */
@ApplicationScoped
public class PasswordHasher {

    /** Compared against when the login is unknown, so that "no such user" takes as long as "wrong password". */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("pitstop-timing-equaliser-1");

    private final Vertx vertx;

    public PasswordHasher(Vertx vertx) {
        this.vertx = vertx;
    }

    public Uni<String> hash(String password) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> BcryptUtil.bcryptHash(password)), false);
    }

    public Uni<Boolean> matches(String password, String hash) {
        String against = hash == null ? DUMMY_HASH : hash;
        return vertx.executeBlocking(Uni.createFrom().item(() -> BcryptUtil.matches(password, against) && hash != null), false);
    }
}

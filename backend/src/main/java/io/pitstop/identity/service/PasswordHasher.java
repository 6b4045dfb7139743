package io.pitstop.identity.service;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * bcrypt on a worker thread: a hash costs tens of milliseconds of CPU, which must never run on the event loop.
 * Results come back on the caller's Vert.x context, so a reactive session in use stays valid.
 * <p>
 * The cost factor ({@code pitstop.password.bcrypt-cost}, 10 by default) is written into each hash, so changing it
 * only affects new hashes; the test profile lowers it because the suite creates hundreds of accounts.
 */
@ApplicationScoped
public class PasswordHasher {

    private final Vertx vertx;
    private final int cost;
    /** Compared against when the login is unknown, so that "no such user" takes as long as "wrong password". */
    private final String dummyHash;

    public PasswordHasher(Vertx vertx, @ConfigProperty(name = "pitstop.password.bcrypt-cost", defaultValue = "10") int cost) {
        this.vertx = vertx;
        this.cost = cost;
        this.dummyHash = BcryptUtil.bcryptHash("pitstop-timing-equaliser-1", cost);
    }

    public Uni<String> hash(String password) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> BcryptUtil.bcryptHash(password, cost)), false);
    }

    public Uni<Boolean> matches(String password, String hash) {
        String against = hash == null ? dummyHash : hash;
        return vertx.executeBlocking(Uni.createFrom().item(() -> BcryptUtil.matches(password, against) && hash != null), false);
    }
}

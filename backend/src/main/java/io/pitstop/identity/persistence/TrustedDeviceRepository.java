package io.pitstop.identity.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** Devices a person has logged in from, by the hash of the token the device keeps. */
@ApplicationScoped
public class TrustedDeviceRepository {

    /** Whether the token belongs to the account; a match is marked as used now. */
    public Uni<Boolean> touch(String tokenHash, UUID accountId, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "update trusted_device set last_used_at = ?3 where token_hash = ?1 and account_id = ?2")
                .setParameter(1, tokenHash).setParameter(2, accountId).setParameter(3, now.atOffset(ZoneOffset.UTC))
                .executeUpdate()).map(rows -> rows == 1);
    }

    public Uni<Void> add(String tokenHash, UUID accountId, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into trusted_device (token_hash, account_id, created_at, last_used_at) values (?1, ?2, ?3, ?3)")
                .setParameter(1, tokenHash).setParameter(2, accountId).setParameter(3, now.atOffset(ZoneOffset.UTC))
                .executeUpdate()).replaceWithVoid();
    }

    public Uni<Integer> forgetUnusedSince(Instant before) {
        return Panache.getSession().chain(s -> s.createNativeQuery("delete from trusted_device where last_used_at < ?1")
                .setParameter(1, before.atOffset(ZoneOffset.UTC)).executeUpdate());
    }
}

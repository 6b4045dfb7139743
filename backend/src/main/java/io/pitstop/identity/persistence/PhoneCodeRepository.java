package io.pitstop.identity.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class PhoneCodeRepository implements PanacheRepositoryBase<PhoneCode, UUID> {

    /**
     * The newest code of the phone for the purpose, if it is still usable, locked: two attempts with one code are
     * judged one after the other, so a code is consumed once and every wrong attempt counts.
     */
    public Uni<PhoneCode> latestUsableForUpdate(String phone, String purpose, Instant now) {
        return find("phone = ?1 and purpose = ?2 and consumedAt is null and expiresAt > ?3 order by createdAt desc",
                phone, purpose, now).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** Every code of the phone still open is dead once one of them is used or the person asks for another. */
    public Uni<Integer> retireOpen(String phone, String purpose, Instant now) {
        return update("consumedAt = ?1 where phone = ?2 and purpose = ?3 and consumedAt is null", now, phone, purpose);
    }

    public Uni<Integer> countWrongAttempt(UUID id) {
        return update("attempts = attempts + 1 where id = ?1", id);
    }

    public Uni<Long> deleteExpiredBefore(Instant before) {
        return delete("expiresAt < ?1", before);
    }
}

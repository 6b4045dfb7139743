package io.pitstop.identity.service;

import io.pitstop.identity.persistence.TrustedDeviceRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Forgets one-time codes a day after they expired and devices unused for half a year. Idempotent. */
@ApplicationScoped
public class IdentityHousekeeping {

    private final PhoneCodes codes;
    private final TrustedDeviceRepository devices;
    private final Clock clock;

    public IdentityHousekeeping(PhoneCodes codes, TrustedDeviceRepository devices, Clock clock) {
        this.codes = codes;
        this.devices = devices;
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "7m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return run().replaceWithVoid();
    }

    public Uni<Void> run() {
        Instant now = clock.instant();
        return codes.forgetExpired(now.minus(Duration.ofDays(1)))
                .chain(() -> Panache.withTransaction(() -> devices.forgetUnusedSince(now.minus(Duration.ofDays(180)))))
                .replaceWithVoid();
    }
}

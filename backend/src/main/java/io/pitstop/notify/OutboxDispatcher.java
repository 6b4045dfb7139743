package io.pitstop.notify;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Delivers the outbox. Each run claims due messages (skipping those another instance holds), sends them outside any
 * transaction, and records each outcome: sent, or another attempt later with exponential backoff, or FAILED after
 * the last attempt (visible to managers at /api/v1/outbox). Nothing is lost when a sender fails.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final OutboxRepository outbox;
    private final ChannelSender sender;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration firstRetry;

    public OutboxDispatcher(OutboxRepository outbox, ChannelSender sender, Clock clock,
                            @ConfigProperty(name = "pitstop.notify.max-attempts", defaultValue = "8") int maxAttempts,
                            @ConfigProperty(name = "pitstop.notify.first-retry", defaultValue = "PT30S") Duration firstRetry) {
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
    }

    @Scheduled(every = "${pitstop.notify.dispatch-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return dispatch().replaceWithVoid();
    }

    /** One pass over the due messages; answers how many were attempted. */
    public Uni<Integer> dispatch() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> outbox.claimDue(now, now.plus(LEASE), 50))
                .chain(ids -> Multi.createFrom().iterable(ids)
                        .onItem().transformToUniAndConcatenate(this::deliver)
                        .collect().asList()
                        .map(list -> ids.size()));
    }

    /**
     * Delivers one message now, outside any transaction, if it is still due and nobody else holds it (the caller's
     * transaction must have committed). One-time codes go out this way, so the person waiting for one does not wait
     * for the next run; a failure leaves it to the scheduled runs and their retries.
     */
    public Uni<Void> dispatchNow(UUID id) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> outbox.claim(id, now, now.plus(LEASE)))
                .chain(claimed -> claimed ? deliver(id) : Uni.createFrom().voidItem())
                .onFailure().recoverWithUni(e -> {
                    LOG.warnf(e, "Immediate delivery of message %s failed; the dispatcher will retry it", id);
                    return Uni.createFrom().voidItem();
                });
    }

    private Uni<Void> deliver(UUID id) {
        return Panache.withSession(() -> outbox.findById(id))
                .chain(message -> message.expiresAt != null && !message.expiresAt.isAfter(clock.instant())
                        ? Panache.withTransaction(() -> outbox.findById(id).invoke(this::expire)).replaceWithVoid()
                        : send(id, message));
    }

    private void expire(OutboxMessage m) {
        m.status = OutboxMessage.EXPIRED;
        m.lastError = "expired before it could be sent";
        redactIfSensitive(m);
        LOG.infof("%s message %s to %s expired unsent", m.channel, m.id, m.address);
    }

    private Uni<Void> send(UUID id, OutboxMessage message) {
        return sender.send(message)
                .onItem().transform(ok -> (Throwable) null)
                .onFailure().recoverWithItem(e -> e)
                .chain(error -> Panache.withTransaction(() -> outbox.findById(id).invoke(m -> record(m, error))))
                .replaceWithVoid();
    }

    private void record(OutboxMessage m, Throwable error) {
        Instant now = clock.instant();
        m.attempts++;
        if (error == null) {
            m.status = OutboxMessage.SENT;
            m.sentAt = now;
            m.lastError = null;
            redactIfSensitive(m);
            return;
        }
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        m.lastError = reason.length() > 500 ? reason.substring(0, 500) : reason;
        if (m.attempts >= maxAttempts) {
            m.status = OutboxMessage.FAILED;
            redactIfSensitive(m);
            LOG.errorf("Giving up on %s message %s to %s after %d attempts: %s", m.channel, m.id, m.address, m.attempts, reason);
        } else {
            long factor = 1L << Math.min(m.attempts - 1, 10);
            Duration delay = firstRetry.multipliedBy(factor);
            if (delay.compareTo(Duration.ofHours(1)) > 0) {
                delay = Duration.ofHours(1);
            }
            m.nextAttemptAt = now.plus(delay);
            if (m.expiresAt != null && !m.nextAttemptAt.isBefore(m.expiresAt)) {
                m.status = OutboxMessage.EXPIRED;
                redactIfSensitive(m);
                LOG.warnf("%s message %s to %s failed (attempt %d) and expires before a retry: %s", m.channel, m.id,
                        m.address, m.attempts, reason);
                return;
            }
            LOG.warnf("%s message %s to %s failed (attempt %d), retrying in %s: %s", m.channel, m.id, m.address,
                    m.attempts, delay, reason);
        }
    }

    /** The secret (a one-time code) does not outlive its delivery: only who, what kind and when remain. */
    private static void redactIfSensitive(OutboxMessage m) {
        if (m.sensitive) {
            m.payload = new io.vertx.core.json.JsonObject().put("id", m.id.toString()).put("channel", m.channel)
                    .put("to", m.address).put("kind", m.kind).put("redacted", true).encode();
        }
    }
}

package io.pitstop.hostile;

import io.pitstop.common.ThrottledException;
import io.pitstop.live.LiveConfig;
import io.pitstop.live.StreamPermits;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.Cancellable;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The caps of open streams without a server: per user, per instance, and given back when a stream ends. */
class StreamPermitsTest {

    private static LiveConfig config(int perUser, int total) {
        return new LiveConfig() {
            public Duration heartbeat() {
                return Duration.ofSeconds(15);
            }

            public Duration reconnectDelay() {
                return Duration.ofSeconds(1);
            }

            public int maxStreamsPerUser() {
                return perUser;
            }

            public int maxStreams() {
                return total;
            }

            public Duration streamRetryAfter() {
                return Duration.ofSeconds(30);
            }

            public java.util.Optional<String> listenUrl() {
                return java.util.Optional.empty();
            }
        };
    }

    private static Cancellable open(StreamPermits permits, String user) {
        return permits.guard(user, () -> Multi.createFrom().<String>nothing()).subscribe().with(x -> { });
    }

    @Test
    void theInstanceCapRefusesEveryoneOnceReachedAndAClosedStreamFreesAPlace() {
        StreamPermits permits = new StreamPermits(config(5, 3));
        Cancellable a = open(permits, "a");
        open(permits, "b");
        open(permits, "c");
        assertThatThrownBy(() -> open(permits, "d")).isInstanceOf(ThrottledException.class)
                .satisfies(e -> assertThat(((ThrottledException) e).retryAfter()).isEqualTo(Duration.ofSeconds(30)));
        a.cancel();
        open(permits, "d");
        assertThat(permits.heldBy("a")).isZero();
        assertThat(permits.heldBy("d")).isOne();
    }

    @Test
    void theUserCapCountsOnlyThatUsersStreamsAndARefusalHoldsNothing() {
        StreamPermits permits = new StreamPermits(config(2, 100));
        open(permits, "a");
        Cancellable second = open(permits, "a");
        assertThatThrownBy(() -> open(permits, "a")).isInstanceOf(ThrottledException.class);
        assertThat(permits.heldBy("a")).isEqualTo(2);
        open(permits, "b");
        second.cancel();
        open(permits, "a");
        assertThat(permits.heldBy("a")).isEqualTo(2);
    }

    @Test
    void aStreamThatFailsOrCompletesGivesItsPermitBack() {
        StreamPermits permits = new StreamPermits(config(1, 100));
        permits.guard("a", () -> Multi.createFrom().<String>failure(new IllegalStateException("gone")))
                .subscribe().with(x -> { }, e -> { });
        permits.guard("a", () -> Multi.createFrom().items("x")).subscribe().with(x -> { });
        assertThat(permits.heldBy("a")).isZero();
        open(permits, "a");
    }
}

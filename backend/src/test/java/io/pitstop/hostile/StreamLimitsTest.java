package io.pitstop.hostile;

import io.pitstop.live.StreamPermits;
import io.pitstop.support.RepairFixtures;
import io.pitstop.support.SseClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One user holds at most {@code pitstop.live.max-streams-per-user} (8) streams open on an instance: the next is a 429
 * problem with Retry-After before any byte of a stream, other users are not affected, and closing a stream gives its
 * place back. (The per-instance cap: {@link StreamPermitsTest}.)
 */
@QuarkusTest
class StreamLimitsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final int CAP = 8;

    @Inject
    RepairFixtures repairs;

    @Inject
    StreamPermits permits;

    @TestHTTPResource("/")
    URL base;

    private String url(String path) {
        return base.toString().replaceFirst("/$", "") + path;
    }

    @Test
    void oneUserGetsAtMostEightStreamsAndAClosedOneGivesItsPlaceBack() throws InterruptedException {
        var owner = repairs.customer();
        String events = url("/api/v1/repair-orders/" + repairs.checkIn(owner) + "/events");
        String token = owner.login().accessToken();
        List<SseClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < CAP; i++) {
                SseClient s = SseClient.connect(events, token, null);
                assertThat(s.status()).isEqualTo(200);
                s.next(WAIT); // the replay's first event: the stream is registered
                open.add(s);
            }
            // A new login is the same user: the cap is the account's, not the token's.
            try (SseClient refused = SseClient.connect(events, owner.login().accessToken(), null)) {
                assertThat(refused.status()).isEqualTo(429);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(JsonPath.from(refused.body()).getString("type")).endsWith("/throttled");
                assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
            }

            // Someone else, on their own order and on the board, is not affected.
            var other = repairs.customer();
            try (SseClient s = SseClient.connect(url("/api/v1/repair-orders/" + repairs.checkIn(other) + "/events"),
                    other.login().accessToken(), null)) {
                assertThat(s.status()).isEqualTo(200);
            }
            try (SseClient board = SseClient.connect(url("/api/v1/board/events"), repairs.advisor().accessToken(), null)) {
                assertThat(board.status()).isEqualTo(200);
            }

            open.remove(0).close();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (permits.heldBy(owner.login().id()) >= CAP && System.nanoTime() < deadline) {
                Thread.sleep(20); // the server learns of the closed connection asynchronously
            }
            SseClient again = SseClient.connect(events, token, null);
            open.add(again);
            assertThat(again.status()).isEqualTo(200);
        } finally {
            open.forEach(SseClient::close);
        }
    }

    @Test
    void theBoardCountsAgainstTheSameCapAsOrderStreams() {
        var advisor = repairs.advisor();
        List<SseClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < CAP; i++) {
                SseClient s = SseClient.connect(url("/api/v1/board/events"), advisor.accessToken(), null);
                open.add(s);
                assertThat(s.status()).isEqualTo(200);
            }
            // A permit is taken before the response begins: every 200 above holds one.
            assertThat(permits.heldBy(advisor.id())).isEqualTo(CAP);
            try (SseClient refused = SseClient.connect(url("/api/v1/board/events"), advisor.accessToken(), null)) {
                assertThat(refused.status()).isEqualTo(429);
                assertThat(refused.header("Retry-After")).isNotNull();
            }
        } finally {
            open.forEach(SseClient::close);
        }
    }
}

package io.pitstop.live;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.vertx.mutiny.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Behind a pooler in transaction mode, the LISTEN connection goes to the database server itself (README: How Pitstop scales). */
class LiveHubListenTest {

    private static final Map<String, String> DATASOURCE = Map.of(
            "quarkus.datasource.reactive.url", "postgresql://pitstop-pooler:5432/pitstop",
            "quarkus.datasource.username", "pitstop",
            "quarkus.datasource.password", "secret");

    @Test
    void listensThroughTheDatasourceByDefault() {
        PgConnectOptions options = hub(Optional.empty()).listenOptions();
        assertThat(options.getHost()).isEqualTo("pitstop-pooler");
        assertThat(options.getDatabase()).isEqualTo("pitstop");
        assertThat(options.getUser()).isEqualTo("pitstop");
    }

    @Test
    void listensOnTheListenUrlWithTheDatasourcesCredentials() {
        PgConnectOptions options = hub(Optional.of("postgresql://pitstop-db-rw:5432/pitstop")).listenOptions();
        assertThat(options.getHost()).isEqualTo("pitstop-db-rw");
        assertThat(options.getPort()).isEqualTo(5432);
        assertThat(options.getDatabase()).isEqualTo("pitstop");
        assertThat(options.getUser()).isEqualTo("pitstop");
        assertThat(options.getPassword()).isEqualTo("secret");
    }

    @SuppressWarnings("unchecked")
    private static LiveHub hub(Optional<String> listenUrl) {
        Instance<LiveFeed> feeds = mock(Instance.class);
        when(feeds.stream()).thenReturn(Stream.empty());
        Config config = new SmallRyeConfigBuilder().withDefaultValues(DATASOURCE).build();
        LiveConfig live = new LiveConfig() {
            public Duration heartbeat() {
                return Duration.ofSeconds(15);
            }

            public Duration reconnectDelay() {
                return Duration.ofSeconds(1);
            }

            public Optional<String> listenUrl() {
                return listenUrl;
            }

            public int maxStreamsPerUser() {
                return 8;
            }

            public int maxStreams() {
                return 20_000;
            }

            public Duration streamRetryAfter() {
                return Duration.ofSeconds(30);
            }
        };
        return new LiveHub(feeds, mock(Vertx.class), config, live, new SimpleMeterRegistry());
    }
}

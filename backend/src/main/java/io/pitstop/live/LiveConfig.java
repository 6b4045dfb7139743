package io.pitstop.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "pitstop.live")
public interface LiveConfig {

    /** A comment line this often keeps proxies from closing an idle stream (they commonly give up after 30-60 s). */
    @WithDefault("15s")
    Duration heartbeat();

    /** Wait between attempts to re-establish the LISTEN connection after PostgreSQL went away. */
    @WithDefault("1s")
    Duration reconnectDelay();

    /**
     * Where the LISTEN connection goes, when not to the datasource's URL: a pooler in transaction mode gives each
     * transaction any server connection, and a LISTEN must stay on one session, so the listener then goes to the
     * primary directly.
     */
    Optional<String> listenUrl();
    /** Streams one user (an account, or a partner application) may hold open on one instance at once. */
    @WithDefault("8")
    int maxStreamsPerUser();

    /** Streams one instance holds open at once, from everyone. */
    @WithDefault("20000")
    int maxStreams();

    /** The {@code Retry-After} of a stream refused over a cap: streams close when their clients go. */
    @WithDefault("30s")
    Duration streamRetryAfter();
}

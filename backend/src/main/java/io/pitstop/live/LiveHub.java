package io.pitstop.live;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Fan-out of feed events to the streams connected to this instance, across instances through PostgreSQL
 * LISTEN/NOTIFY.
 * <p>
 * A writer calls {@link #publish} in its transaction; PostgreSQL delivers the notification to every instance when
 * the transaction commits (never when it rolls back). The notification carries only "feed|key": each instance
 * then reads the new events of that key from the feed's table once, after the oldest position any of its
 * subscribers has seen, and hands each subscriber the events it has not seen. A lost notification therefore loses
 * nothing: the next one for the key, a re-established LISTEN connection (which re-reads every key) or a client's
 * reconnect with Last-Event-ID reads the table again.
 */
@ApplicationScoped
public class LiveHub {

    static final String CHANNEL = "pitstop_live";
    private static final Logger LOG = Logger.getLogger(LiveHub.class);
    private static final int PAGE = 500;

    private final Map<String, LiveFeed> feeds;
    private final Map<String, Topic> topics = new ConcurrentHashMap<>();
    private final Map<String, List<Signals>> signals = new ConcurrentHashMap<>();
    private final Vertx vertx;
    private final Config config;
    private final LiveConfig live;
    private volatile PgSubscriber subscriber;

    public LiveHub(Instance<LiveFeed> feeds, Vertx vertx, Config config, LiveConfig live, MeterRegistry metrics) {
        this.feeds = feeds.stream().collect(Collectors.toMap(LiveFeed::name, f -> f));
        this.vertx = vertx;
        this.config = config;
        this.live = live;
        Gauge.builder("pitstop.live.streams", this, LiveHub::connectedStreams)
                .description("Server-sent event streams connected to this instance").register(metrics);
    }

    // ------------------------------------------------------------------------------------------------ publishing

    /** Tells every instance, when the caller's transaction commits, that the key of the feed has new events. */
    public Uni<Void> publish(String feed, String key) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select cast(pg_notify(?1, ?2) as text)")
                .setParameter(1, CHANNEL).setParameter(2, feed + "|" + key).getSingleResult()).replaceWithVoid();
    }

    /** {@link #publish} for many keys of a feed (ids: never a line break), in one statement. */
    public Uni<Void> publishAll(String feed, java.util.Collection<String> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select string_agg(cast(pg_notify(?1, ?2 || '|' || k) as text), '') from unnest(string_to_array(?3, chr(10))) k")
                .setParameter(1, CHANNEL).setParameter(2, feed).setParameter(3, String.join("\n", keys))
                .getSingleResult()).replaceWithVoid();
    }

    /**
     * Someone on this instance keeps a copy of rows of its own (a cache) and wants to hear, from every instance, when
     * a key of the topic changed ({@link #publish} with that topic), and when notifications may have been missed
     * (the LISTEN connection was re-established): then it forgets everything it holds.
     */
    public interface Signals {
        void changed(String key);

        void missedSome();
    }

    public void listen(String topic, Signals listener) {
        signals.computeIfAbsent(topic, t -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(listener);
    }

    // ------------------------------------------------------------------------------------------------- streaming

    /**
     * The events of the key after {@code after}, then every new one as it commits, for as long as the subscriber
     * stays. {@code after < 0} means "only what comes next". Events the predicate rejects are skipped.
     */
    public Multi<LiveEvent> stream(String feedName, String key, long after, Predicate<LiveEvent> visible) {
        LiveFeed feed = feeds.get(feedName);
        if (feed == null) {
            throw new IllegalArgumentException("No feed " + feedName);
        }
        Uni<Long> start = after >= 0 ? Uni.createFrom().item(after) : feed.latest(key);
        return start.onItem().transformToMulti(from -> Multi.createFrom().<LiveEvent>emitter(emitter -> {
            Subscriber sub = new Subscriber(emitter, from, visible, Context.isOnVertxThread() ? io.vertx.core.Vertx.currentContext() : null);
            Topic topic = topics.compute(feedName + "|" + key, (k, t) -> {
                Topic result = t == null ? new Topic(feed, key) : t;
                result.subscribers.add(sub);
                return result;
            });
            emitter.onTermination(() -> topics.computeIfPresent(feedName + "|" + key, (k, t) -> {
                t.subscribers.remove(sub);
                return t.subscribers.isEmpty() ? null : t;
            }));
            topic.pull();
        }));
    }

    /** A comment line now and then, merged into a stream by the resources. */
    public Duration heartbeat() {
        return live.heartbeat();
    }

    /** Number of streams connected to this instance (for metrics and tests). */
    public int connectedStreams() {
        return topics.values().stream().mapToInt(t -> t.subscribers.size()).sum();
    }

    // ----------------------------------------------------------------------------------------------- listening

    void start(@Observes StartupEvent ev) {
        PgSubscriber pg = PgSubscriber.subscriber(vertx, listenOptions())
                .reconnectPolicy(attempt -> live.reconnectDelay().toMillis());
        pg.channel(CHANNEL)
                .handler(this::notified)
                // Called on every (re)subscription: whatever was published while we were not listening is read now.
                .subscribeHandler(this::pullAll);
        pg.closeHandler(() -> LOG.warn("LISTEN connection closed; reconnecting"));
        subscriber = pg;
        pg.connect().onFailure().retry().withBackOff(Duration.ofMillis(200), live.reconnectDelay().multipliedBy(5)).indefinitely()
                .subscribe().with(ok -> LOG.debugf("Listening on %s", CHANNEL), e -> LOG.error("Cannot LISTEN", e));
    }

    /** The datasource's database and credentials, or, behind a transaction-mode pooler, the listen URL's server. */
    PgConnectOptions listenOptions() {
        String url = live.listenUrl().orElseGet(() -> config.getValue("quarkus.datasource.reactive.url", String.class));
        PgConnectOptions options = PgConnectOptions.fromUri(url.startsWith("vertx-reactive:") ? url.substring("vertx-reactive:".length()) : url);
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(options::setUser);
        config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(options::setPassword);
        return options;
    }

    void stop(@Observes ShutdownEvent ev) {
        PgSubscriber pg = subscriber;
        if (pg != null) {
            pg.closeAndForget();
        }
    }

    private void notified(String payload) {
        Topic topic = topics.get(payload);
        if (topic != null) {
            topic.pull();
        }
        int bar = payload.indexOf('|');
        List<Signals> listeners = bar < 0 ? null : signals.get(payload.substring(0, bar));
        if (listeners != null) {
            String key = payload.substring(bar + 1);
            listeners.forEach(l -> l.changed(key));
        }
    }

    private void pullAll() {
        signals.values().forEach(list -> list.forEach(Signals::missedSome));
        topics.values().forEach(Topic::pull);
    }

    /** The subscribers of one key of one feed, and at most one read of the table in flight for them. */
    private static final class Topic {
        final LiveFeed feed;
        final String key;
        final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();
        private boolean pulling;
        private boolean again;

        Topic(LiveFeed feed, String key) {
            this.feed = feed;
            this.key = key;
        }

        void pull() {
            synchronized (this) {
                if (pulling) {
                    again = true;
                    return;
                }
                pulling = true;
                again = false;
            }
            read();
        }

        private void read() {
            long from = subscribers.stream().mapToLong(s -> s.last).min().orElse(Long.MAX_VALUE);
            if (from == Long.MAX_VALUE) {
                synchronized (this) {
                    pulling = false;
                }
                return;
            }
            feed.after(key, from, PAGE).subscribe().with(events -> {
                subscribers.forEach(s -> s.offer(events));
                boolean more;
                synchronized (this) {
                    more = again || events.size() == PAGE;
                    again = false;
                    pulling = more;
                }
                if (more) {
                    read();
                }
            }, failure -> {
                LOG.warnf(failure, "Cannot read feed %s key %s", feed.name(), key);
                synchronized (this) {
                    pulling = false;
                }
            });
        }
    }

    /** One connected stream: what it has been given so far, delivered on the stream's own Vert.x context. */
    private static final class Subscriber {
        final MultiEmitter<? super LiveEvent> emitter;
        final Predicate<LiveEvent> visible;
        final Context context;
        volatile long last;

        Subscriber(MultiEmitter<? super LiveEvent> emitter, long last, Predicate<LiveEvent> visible, Context context) {
            this.emitter = emitter;
            this.last = last;
            this.visible = visible;
            this.context = context;
        }

        synchronized void offer(List<LiveEvent> events) {
            for (LiveEvent e : events) {
                if (e.id() > last) {
                    last = e.id();
                    if (visible.test(e)) {
                        if (context == null) {
                            emitter.emit(e);
                        } else {
                            context.runOnContext(v -> emitter.emit(e));
                        }
                    }
                }
            }
        }
    }
}

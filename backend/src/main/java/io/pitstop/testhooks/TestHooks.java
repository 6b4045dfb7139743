package io.pitstop.testhooks;

import io.pitstop.common.runtime.ItProfile;
import io.pitstop.common.runtime.MovableClock;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the tests of the packaged jar need and production must never offer, routed only under the {@code it} profile
 * ({@link ItProfile}): {@code POST /it/clock?at=<instant>} moves this instance's clock (without {@code at}: back to
 * real time), and {@code POST /it/jobs} runs one pass of every scheduled job now ({@link JobPass}), so that a test can
 * start the jobs of several instances at the same moment of a moved day, without sleeping. Without the profile these
 * paths are a 404 like any unknown one.
 */
@ApplicationScoped
public class TestHooks {

    private static final Logger LOG = Logger.getLogger(TestHooks.class);

    private final Clock clock;
    private final JobPass jobs;

    public TestHooks(Clock clock, JobPass jobs) {
        this.clock = clock;
        this.jobs = jobs;
    }

    void routes(@Observes Router router) {
        if (!ItProfile.active() || !(clock instanceof MovableClock movable)) {
            return;
        }
        LOG.warn("Profile 'it': the clock can be moved and the jobs run over HTTP (/it/clock, /it/jobs). Tests only.");
        router.post("/it/clock").handler(rc -> moveClock(rc, movable));
        router.post("/it/jobs").handler(rc -> answer(rc, jobs::run));
    }

    private static void moveClock(RoutingContext rc, MovableClock movable) {
        String at = rc.queryParams().get("at");
        try {
            movable.setTo(at == null ? null : Instant.parse(at));
        } catch (DateTimeParseException e) {
            rc.response().setStatusCode(400).end("at: not an ISO-8601 instant");
            return;
        }
        rc.response().putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("now", movable.instant().toString()).encode());
    }

    /** Runs the work on a fresh, safe duplicated context: Hibernate Reactive's sessions live there, as in a request. */
    private static void answer(RoutingContext rc, Supplier<Uni<Map<String, Integer>>> work) {
        Context context = VertxContext.createNewDuplicatedContext(rc.vertx().getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(v -> work.get().subscribe().with(
                counts -> rc.response().putHeader("Content-Type", "application/json").end(new JsonObject(new java.util.LinkedHashMap<String, Object>(counts)).encode()),
                failure -> {
                    LOG.warn("Job pass failed", failure);
                    rc.response().setStatusCode(500).end(failure.getClass().getSimpleName());
                }));
    }
}

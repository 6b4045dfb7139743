package io.pitstop.common;

import io.pitstop.common.runtime.ItProfile;
import io.pitstop.common.runtime.MovableClock;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Time is a dependency: everything asks this clock, and tests replace it to move time. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        // Only the packaged jar's integration tests run under the "it" profile; production never has a movable clock.
        return ItProfile.active() ? new MovableClock() : Clock.systemUTC();
    }
}

package io.pitstop.common.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Real time shifted by an offset, under the {@code it} profile only ({@link ItProfile}): how a test of the packaged
 * jar moves the time of every instance to one instant, as the in-process tests do with their own clock.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Moves the clock to the instant, from where it runs on in real time; {@code null} goes back to real time. */
    public void setTo(Instant at) {
        offset.set(at == null ? Duration.ZERO : Duration.between(Clock.systemUTC().instant(), at));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset.get());
    }

    @Override
    public Instant instant() {
        return Clock.systemUTC().instant().plus(offset.get());
    }
}

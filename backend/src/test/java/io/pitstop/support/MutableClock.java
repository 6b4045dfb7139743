package io.pitstop.support;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests: real time shifted by an offset that a test moves. Replaces the default
 * {@code Clock} bean, so scheduled work and expiry are tested by moving time, never by sleeping.
 */
@Singleton
public class MutableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void advance(Duration by) {
        offset.updateAndGet(o -> o.plus(by));
    }

    /** Moves the clock to the instant (the offset from real time follows it). */
    public void setTo(Instant at) {
        offset.set(Duration.between(Clock.systemUTC().instant(), at));
    }

    /**
     * Moves the clock forward to the next {@code local} time of day in the zone (at most a day ahead), so that a test
     * works at a known time of the shop's day whenever it runs: never backwards, as data written earlier stays in the past.
     */
    public void forwardTo(java.time.LocalTime local, ZoneId zone) {
        java.time.ZonedDateTime now = instant().atZone(zone);
        java.time.ZonedDateTime target = now.with(local);
        if (!target.isAfter(now)) {
            target = target.plusDays(1);
        }
        setTo(target.toInstant());
    }

    public void reset() {
        offset.set(Duration.ZERO);
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

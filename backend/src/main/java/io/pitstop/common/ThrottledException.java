package io.pitstop.common;

import java.time.Duration;

/** Too many attempts; the caller may try again after {@link #retryAfter()}. */
public class ThrottledException extends DomainException {

    private final Duration retryAfter;

    public ThrottledException(Detail detail, Duration retryAfter) {
        super(429, "throttled", "Too many requests", detail, null);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

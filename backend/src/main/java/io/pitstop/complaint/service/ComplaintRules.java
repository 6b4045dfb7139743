package io.pitstop.complaint.service;

import io.pitstop.complaint.ComplaintPriority;
import io.smallrye.config.ConfigMapping;
import io.pitstop.common.limits.Limit;
import io.pitstop.common.limits.LimitConverter;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The complaint promise: answered within 24 hours, resolved within 48 (the domain's), configurable per priority. */
@ConfigMapping(prefix = "pitstop.complaint")
public interface ComplaintRules {

    /** Complaints a customer may file in the app (each one alerts customer service by SMS). */
    @WithDefault("5/1d")
    @WithConverter(LimitConverter.class)
    Limit filedPerCustomer();

    /** Complaints filed in the app from one client address. */
    @WithDefault("30/1d")
    @WithConverter(LimitConverter.class)
    Limit filedPerClient();

    @WithDefault("24h")
    Duration answerHigh();

    @WithDefault("24h")
    Duration answerMedium();

    @WithDefault("24h")
    Duration answerLow();

    @WithDefault("48h")
    Duration resolveHigh();

    @WithDefault("48h")
    Duration resolveMedium();

    @WithDefault("48h")
    Duration resolveLow();

    /** The manager is warned when this share of a deadline has passed (and again when it is missed). */
    @WithDefault("0.75")
    double warnAt();

    default Duration answerWithin(ComplaintPriority p) {
        return switch (p) {
            case HIGH -> answerHigh();
            case MEDIUM -> answerMedium();
            case LOW -> answerLow();
        };
    }

    default Duration resolveWithin(ComplaintPriority p) {
        return switch (p) {
            case HIGH -> resolveHigh();
            case MEDIUM -> resolveMedium();
            case LOW -> resolveLow();
        };
    }
}

package io.pitstop.feedback.service;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfigBuilder;

import java.time.Duration;

/** A rules mapping with its defaults as the application reads them ("24h", "3d"), for tests without a server. */
public final class ConfiguredRules {

    private ConfiguredRules() {
    }

    public static <T> T defaults(Class<T> mapping) {
        return new SmallRyeConfigBuilder().withConverter(Duration.class, 200, new DurationConverter()).withMapping(mapping).build()
                .getConfigMapping(mapping);
    }
}

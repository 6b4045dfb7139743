package io.pitstop.common.runtime;

import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The runtime profile {@code it} (integration tests of the packaged jar: {@code QUARKUS_PROFILE=prod,it}). Only under
 * it is the clock movable and are the test hooks ({@code io.pitstop.testhooks}) routed; a production start, which
 * never names this profile, has neither, so nothing outside can move its time or run its jobs.
 */
public final class ItProfile {

    public static final String NAME = "it";

    private ItProfile() {
    }

    public static boolean active() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getProfiles().contains(NAME);
    }
}

package io.pitstop.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The demo dealership, seeded as on a first start: only for the demo's own checks and the browser journeys, which walk
 * what a newcomer sees. Every other test builds the shop and people it needs.
 */
public class DemoProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("pitstop.demo.seed", "true");
    }
}

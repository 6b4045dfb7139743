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
        // A database of its own on the suite's embedded server: the demo seeds as on a first start, whatever other
        // tests left in theirs (a plate they registered twice, a shop they reconfigured).
        return Map.of("pitstop.demo.seed", "true", "pitstop.database.embedded-name", "pitstop_demo");
    }
}

package io.pitstop.shop.rest;

import io.pitstop.shop.persistence.Bay;

/**
 * Not a test: a resource-side class that touches an entity on purpose (its own capability's, which the dependency
 * rules allow), so that ArchitectureTest can show the resource rule fails on it. Test sources only.
 */
public final class EntityLeakFixture {

    private EntityLeakFixture() {
    }

    public static Object code(Bay bay) {
        return bay.code;
    }
}

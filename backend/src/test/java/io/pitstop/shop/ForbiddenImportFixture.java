package io.pitstop.shop;

import io.pitstop.repair.persistence.RepairOrder;

/**
 * Not a test: a class that breaks the architecture on purpose (shop reaching into repair's persistence), so that
 * ArchitectureTest can show its rules fail on it. Test sources only; the rules check the main classes.
 */
public final class ForbiddenImportFixture {

    private ForbiddenImportFixture() {
    }

    public static Object reference(RepairOrder order) {
        return order.reference;
    }
}

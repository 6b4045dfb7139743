package io.pitstop.support;

import java.util.UUID;

/**
 * How many notifications of a kind about one thing a person received, counted in the table. The inbox API shows the
 * newest 100, and staff (managers above all) hear of everything other tests do while their clocks are moved, so a
 * test about one order must not depend on what else happened to land in that page.
 */
public final class Inbox {

    private Inbox() {
    }

    public static int about(TestAccounts.Login who, String kind, String column, String id) {
        if (!column.matches("appointment_id|repair_order_id|complaint_id")) {
            throw new IllegalArgumentException(column);
        }
        return Db.query("select 1 from notification where recipient_id = ? and kind = ? and " + column + " = ?",
                UUID.fromString(who.id()), kind, UUID.fromString(id)).size();
    }
}

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

    /** A parameter of the person's one notification of a kind about one thing (its stored JSON parameters). */
    public static String param(TestAccounts.Login who, String kind, String column, String id, String name) {
        if (!column.matches("appointment_id|repair_order_id|complaint_id")) {
            throw new IllegalArgumentException(column);
        }
        var rows = Db.query("select params::jsonb ->> ? as value from notification where recipient_id = ? and kind = ? and "
                + column + " = ? order by created_at desc limit 1", name, UUID.fromString(who.id()), kind, UUID.fromString(id));
        return rows.isEmpty() ? null : (String) rows.get(0).get("value");
    }
}

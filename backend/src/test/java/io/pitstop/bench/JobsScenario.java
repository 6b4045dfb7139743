package io.pitstop.bench;

import io.vertx.core.json.JsonObject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

/**
 * The hourly-update and delay jobs over many open orders. The orders are generated with SQL straight into the
 * tables (cars of one owner, all in repair for three hours on an eight-hour job, promised 45 minutes from now): every
 * one owes its owner an hourly update and is inside the delay-watch window. The application's own scheduler does the
 * work (it runs every second in the benchmark, {@code PITSTOP_REPAIR_JOBS_EVERY=1s}); the figure is the time from the
 * orders' commit until every one has its update and its delay risk raised, polled in the database every 100 ms.
 * The reference is the database writing the same orders in one statement.
 */
final class JobsScenario {

    private JobsScenario() {
    }

    static JsonObject run(BenchDb db, UUID customer, int count, double timeoutSeconds) throws Exception {
        String advisor = db.scalar("select id from account where phone = '13800000002'");
        String technician = db.scalar("select id from account where phone = '13800000005'");
        String tag = Long.toString(System.currentTimeMillis() % 100_000);
        long g0 = System.nanoTime();
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement v = c.prepareStatement("""
                    insert into vehicle (id, customer_id, plate, vin, make, model, model_year, mileage_km, created_at, created_by)
                    select md5(?::text || 'v' || g)::uuid, ?::uuid, 'J' || g, lpad(g::text, 17, '0'), '大众', '朗逸', 2020, 10000, now(), ?::uuid
                    from generate_series(1, ?) g""")) {
                v.setString(1, tag);
                v.setString(2, customer.toString());
                v.setString(3, customer.toString());
                v.setInt(4, count);
                v.executeUpdate();
            }
            c.commit();
            long o0 = System.nanoTime();
            try (PreparedStatement o = c.prepareStatement("""
                    insert into repair_order (id, reference, customer_id, vehicle_id, advisor_id, technician_id, status, mileage_km,
                        fuel_level, symptoms, fault_reproduced, safety_critical, expected_minutes, promised_at, checked_in_at,
                        approved_at, dispatched_at, repair_started_at, last_seq, created_by)
                    select md5(?::text || 'o' || g)::uuid, 'RJ' || ? || lpad(g::text, 5, '0'), ?::uuid, md5(?::text || 'v' || g)::uuid,
                        ?::uuid, ?::uuid, 'IN_REPAIR', 10000, 'HALF', '压测', 'YES', false, 480, now() + interval '45 minutes',
                        now() - interval '4 hours', now() - interval '3 hours', now() - interval '3 hours', now() - interval '3 hours',
                        0, ?::uuid
                    from generate_series(1, ?) g""")) {
                o.setString(1, tag);
                o.setString(2, tag);
                o.setString(3, customer.toString());
                o.setString(4, tag);
                o.setString(5, advisor);
                o.setString(6, technician);
                o.setString(7, advisor);
                o.setInt(8, count);
                o.executeUpdate();
            }
            c.commit();
            double insertSeconds = (System.nanoTime() - o0) / 1e9;
            long t0 = System.nanoTime();
            long deadline = t0 + (long) (timeoutSeconds * 1e9);
            int updated = 0;
            int raised = 0;
            double updatesDone = -1;
            double risksDone = -1;
            c.setAutoCommit(true);
            while (System.nanoTime() < deadline && (updatesDone < 0 || risksDone < 0)) {
                try (PreparedStatement p = c.prepareStatement("""
                        select count(*) filter (where last_update_at is not null), count(*) filter (where delay_risk_for is not null)
                        from repair_order where reference like ?""")) {
                    p.setString(1, "RJ" + tag + "%");
                    try (ResultSet rs = p.executeQuery()) {
                        rs.next();
                        updated = rs.getInt(1);
                        raised = rs.getInt(2);
                    }
                }
                double at = (System.nanoTime() - t0) / 1e9;
                if (updatesDone < 0 && updated >= count) {
                    updatesDone = at;
                }
                if (risksDone < 0 && raised >= count) {
                    risksDone = at;
                }
                Thread.sleep(100); // polling the effect of another process's scheduler
            }
            double elapsed = (System.nanoTime() - t0) / 1e9;
            return new JsonObject().put("orders", count).put("generateVehiclesSeconds", (o0 - g0) / 1e9)
                    .put("insertOrdersSeconds", insertSeconds).put("hourlyUpdated", updated).put("delayRisksRaised", raised)
                    .put("hourlyUpdatesSeconds", updatesDone).put("delayWatchSeconds", risksDone)
                    .put("allDoneSeconds", updatesDone < 0 || risksDone < 0 ? -1 : Math.max(updatesDone, risksDone))
                    .put("observedSeconds", elapsed);
        }
    }
}

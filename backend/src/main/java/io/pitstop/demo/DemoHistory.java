package io.pitstop.demo;

import io.pitstop.appraisal.AppraisalService;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Role;
import io.pitstop.kpi.KpiService;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * The demo shop's past ({@code demo/history.sql}): months of orders with their bookings, events, delays, quality
 * checks, settlements, ratings, follow-up calls and complaints, so that the manager's desk has real figures on the
 * first start; then the appraisal of the month before last is closed, as a manager would have done. Runs once, right
 * after the demo is seeded, in a transaction of its own (the appraisal reads the committed history).
 */
@ApplicationScoped
public class DemoHistory {

    private static final Logger LOG = Logger.getLogger(DemoHistory.class);

    private final Pool pool;
    private final AppraisalService appraisals;
    private final KpiService kpis;
    private final Clock clock;
    private final int days;
    private final int perDay;

    public DemoHistory(Pool pool, AppraisalService appraisals, KpiService kpis, Clock clock,
                       @ConfigProperty(name = "pitstop.demo.history-days", defaultValue = "120") int days,
                       @ConfigProperty(name = "pitstop.demo.history-orders-per-day", defaultValue = "12") int perDay) {
        this.pool = pool;
        this.appraisals = appraisals;
        this.kpis = kpis;
        this.clock = clock;
        this.days = days;
        this.perDay = perDay;
    }

    Uni<Void> seed() {
        if (days <= 0 || perDay <= 0) {
            return Uni.createFrom().voidItem();
        }
        // The same "now" as the demo's day (DemoData.today), so that the history ends where the day begins.
        Instant now = DemoData.today(DemoData.WORK, clock.instant(), DemoData.TODAY_REACHES_BACK);
        return kpis.zone()
                .chain(zone -> pool.withTransaction(conn -> conn.query(script(now, zone)).execute())
                        .chain(() -> closeMonthBeforeLast(now, zone)))
                .invoke(() -> LOG.infof("Seeded %d days of demo history, %d orders a day", days, perDay))
                // The demo works without its past (the desk shows today's figures only): never a failed start for it.
                .onFailure().recoverWithUni(e -> {
                    LOG.warnf(e, "The demo history could not be seeded; the demo starts without it");
                    return Uni.createFrom().voidItem();
                });
    }

    private Uni<Void> closeMonthBeforeLast(Instant now, ZoneId zone) {
        YearMonth month = YearMonth.from(now.atZone(zone)).minusMonths(2);
        return pool.query("select id, name from account where role = 'MANAGER' order by phone limit 1").execute()
                .chain(rows -> {
                    var manager = rows.iterator().next();
                    Caller caller = new Caller(manager.getUUID("id").toString(), Role.MANAGER, manager.getString("name"), Set.of());
                    return appraisals.close(caller, month);
                })
                .replaceWithVoid();
    }

    /** The script with its parameters: numbers and literals of ours, never input. */
    private String script(Instant now, ZoneId zone) {
        String sql;
        try (InputStream in = DemoHistory.class.getResourceAsStream("/demo/history.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sql.replace("${days}", Integer.toString(days))
                .replace("${per_day}", Integer.toString(perDay))
                .replace("${now}", "'" + now.atOffset(ZoneOffset.UTC) + "'::timestamptz")
                .replace("${zone}", "'" + zone.getId().replace("'", "") + "'");
    }
}

package io.pitstop.repair;

import io.pitstop.repair.service.RepairJobs;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.Db;
import io.pitstop.support.MutableClock;
import io.pitstop.support.RepairFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delay watch works set-based over many orders in one pass: each due order raised exactly once, none that is
 * not due, and nothing more from a second pass at the same instant. The orders are copies of one made through the API,
 * written by SQL so that hundreds cost a second.
 */
@QuarkusTest
class RepairJobsBatchTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    RepairFixtures repairs;

    @Inject
    BookingFixtures bookings;

    @Inject
    MutableClock clock;

    @Inject
    RepairJobs jobs;

    @BeforeEach
    void inTheMorningOfAnOpenDay() {
        io.pitstop.support.TestShop.open(bookings.manager());
        clock.forwardTo(LocalTime.of(10, 0), SHANGHAI);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void onePassOverManyOrdersRaisesEachDueOrderOnceAndNothingTwice() throws Throwable {
        var c = repairs.customer();
        String template = repairs.inRepair(c, 90);
        var manager = bookings.manager();
        String prefix = "Z" + UUID.randomUUID().toString().substring(0, 4);
        copies(template, prefix + "D", 300, Duration.ZERO);
        copies(template, prefix + "N", 100, Duration.ofDays(1));

        clock.advance(Duration.ofMinutes(31)); // within the hour before the promise of the template and its due copies
        run(jobs);
        Map<String, Long> advisor = raised(prefix, repairs.advisor().id());
        Map<String, Long> managers = raised(prefix, manager.id());
        assertThat(advisor).hasSize(300);
        assertThat(advisor.keySet()).allSatisfy(ref -> assertThat(ref).startsWith(prefix + "D"));
        assertThat(advisor.values()).containsOnly(1L);
        assertThat(managers).isEqualTo(advisor);
        assertThat(events(prefix)).hasSize(300);
        assertThat(events(prefix).values()).containsOnly(1L);
        // Each notice went to the advisor by SMS as well: one outbox message per due order.
        assertThat(Db.query("""
                select count(*) as n from outbox_message m join notification n on n.id = m.notification_id
                join repair_order o on o.id = n.repair_order_id
                where n.kind = 'REPAIR_DELAY_RISK' and o.reference like ?
                """, prefix + "%").get(0).get("n")).isEqualTo(300L);

        run(jobs);
        assertThat(raised(prefix, repairs.advisor().id())).isEqualTo(advisor);
        assertThat(events(prefix)).hasSize(300);
        assertThat(events(prefix).values()).containsOnly(1L);
    }

    /** {@code n} copies of the order, each with its own car, promised {@code later} than it. */
    private static void copies(String orderId, String prefix, int n, Duration later) {
        UUID id = UUID.fromString(orderId);
        Db.update("""
                insert into vehicle (id, customer_id, plate, vin, make, model, model_year, mileage_km, created_at, created_by)
                select cast(md5(? || g) as uuid), v.customer_id, 'Z' || lpad(cast(g as text), 5, '0') || substr(?, 3, 4),
                       rpad(? || g, 17, 'X'), v.make, v.model, v.model_year, v.mileage_km, v.created_at, v.created_by
                from repair_order o join vehicle v on v.id = o.vehicle_id, generate_series(1, ?) g
                where o.id = ?
                """, prefix, prefix, prefix, n, id);
        String columns = Db.query("""
                select string_agg(column_name, ', ' order by ordinal_position) as c from information_schema.columns
                where table_name = 'repair_order' and table_schema = current_schema()
                """).get(0).get("c").toString();
        String values = ", " + columns + ",";
        values = values.replace(", id,", ", cast(md5(? || g || 'o') as uuid),")
                .replace(", reference,", ", ? || g,")
                .replace(", vehicle_id,", ", cast(md5(? || g) as uuid),")
                .replace(", appointment_id,", ", null,")
                .replace(", promised_at,", ", promised_at + cast(? as interval),");
        Db.update("insert into repair_order (" + columns + ") select " + values.substring(2, values.length() - 1)
                + " from repair_order, generate_series(1, ?) g where id = ?",
                java.util.stream.Stream.concat(java.util.Arrays.stream(positional(columns, prefix, later)), java.util.stream.Stream.of(n, id)).toArray());
    }

    /** The parameters of the copy's select list, in the order the columns come. */
    private static Object[] positional(String columns, String prefix, Duration later) {
        return java.util.Arrays.stream(columns.split(", ")).map(c -> switch (c) {
            case "id", "reference", "vehicle_id" -> prefix;
            case "promised_at" -> later.toSeconds() + " seconds";
            default -> null;
        }).filter(java.util.Objects::nonNull).toArray();
    }

    private static Map<String, Long> raised(String prefix, String recipient) {
        return Db.query("""
                select o.reference, count(n.id) as n from repair_order o
                join notification n on n.repair_order_id = o.id and n.kind = 'REPAIR_DELAY_RISK' and n.recipient_id = cast(? as uuid)
                where o.reference like ? group by o.reference
                """, recipient, prefix + "%").stream().collect(Collectors.toMap(r -> r.get("reference").toString(), r -> (Long) r.get("n")));
    }

    private static Map<String, Long> events(String prefix) {
        return Db.query("""
                select o.reference, count(e.id) as n from repair_order o join repair_event e on e.order_id = o.id and e.type = 'DELAY_RISK'
                where o.reference like ? group by o.reference
                """, prefix + "%").stream().collect(Collectors.toMap(r -> r.get("reference").toString(), r -> (Long) r.get("n")));
    }

    private static void run(RepairJobs jobs) throws Throwable {
        VertxContextSupport.subscribeAndAwait(jobs::watchPromises);
    }
}

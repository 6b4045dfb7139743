package io.pitstop.parts;

import io.pitstop.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Twenty orders approving the last three units at once: the database gives exactly three of them the part. */
@QuarkusTest
class ConcurrentReservationTest {

    static final int ORDERS = 20;

    @Inject
    PartsFixtures fx;

    @Test
    void twentyConcurrentApprovalsForThreeUnitsGiveExactlyThreeReservations() throws Exception {
        String part = fx.partInStock(fx.supplier(), 3);
        ExecutorService pool = Executors.newFixedThreadPool(ORDERS);
        CountDownLatch ready = new CountDownLatch(ORDERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<SupplyState>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < ORDERS; i++) {
                outcomes.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    // each in its own transaction on its own connection, as twenty approvals would be
                    return fx.reserve(UUID.randomUUID(), UUID.randomUUID(), part, 1).get(0).state();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<SupplyState> states = new ArrayList<>();
            for (Future<SupplyState> f : outcomes) {
                states.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(states).filteredOn(s -> s == SupplyState.RESERVED).hasSize(3);
            assertThat(states).filteredOn(s -> s == SupplyState.SHORT).hasSize(ORDERS - 3);
        } finally {
            pool.shutdownNow();
        }
        fx.assertStock(part, "3", "3");
        Map<String, Object> demand = Db.query("select count(*) filter (where state = 'RESERVED') as reserved, "
                + "count(*) filter (where state = 'SHORT') as short from part_demand where part_id = ?", UUID.fromString(part)).get(0);
        assertThat(((Number) demand.get("reserved")).intValue()).isEqualTo(3);
        assertThat(((Number) demand.get("short")).intValue()).isEqualTo(ORDERS - 3);
        assertThat(((Number) Db.query("select count(*) as n from stock_movement where part_id = ? and kind = 'RESERVED'",
                UUID.fromString(part)).get(0).get("n")).intValue()).isEqualTo(3);
    }
}

package io.pitstop.parts;

import io.pitstop.support.PartsFixtures;
import io.pitstop.support.Db;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Twenty orders approving the last three units at once: the database gives exactly three of them the part. */
@QuarkusTest
class ConcurrentReservationTest {

    static final int ORDERS = 20;
    static final int OVERLAPPING = 10;

    @Inject
    PartsFixtures fx;

    @Inject
    PartsForOrders orders;

    @Inject
    Clock clock;

    @Test
    void twentyConcurrentApprovalsForThreeUnitsGiveExactlyThreeReservations() throws Exception {
        String part = fx.partInStock(fx.supplier(), 3);
        ExecutorService pool = Executors.newFixedThreadPool(ORDERS);
        CountDownLatch ready = new CountDownLatch(ORDERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<SupplyState>> outcomes = new ArrayList<>();
        CompletableFuture<Void> gate = new CompletableFuture<>();
        AtomicInteger inside = new AtomicInteger();
        try {
            for (int i = 0; i < ORDERS; i++) {
                outcomes.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    // each in its own transaction on its own connection, as twenty approvals would be; the gate opens
                    // only when ten of them hold a connection at once, so they truly overlap
                    return fx.inTransaction(() -> Panache.getSession()
                            .chain(s -> s.createNativeQuery("select 1").getSingleResult())
                            .chain(() -> {
                                Context here = Vertx.currentContext(); // the session's own context, to come back to
                                if (inside.incrementAndGet() == OVERLAPPING) {
                                    gate.complete(null);
                                }
                                return Uni.createFrom().completionStage(gate).ifNoItem().after(Duration.ofSeconds(30)).fail()
                                        .emitOn(r -> here.runOnContext(v -> r.run()));
                            })
                            .chain(() -> orders.reserve(new OrderRef(UUID.randomUUID(), "RO-RACE"),
                                    List.of(new LineDemand(UUID.randomUUID(), UUID.fromString(part), BigDecimal.ONE)), null, clock.instant())))
                            .get(0).state();
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

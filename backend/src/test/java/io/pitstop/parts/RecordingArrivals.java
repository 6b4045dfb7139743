package io.pitstop.parts;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** A listener to arrivals that only writes down what it was told (the repair side's own is tested there). */
@ApplicationScoped
public class RecordingArrivals implements PartsArrivals {

    public record Call(UUID orderId, List<UUID> lineIds, boolean allSupplied, Instant at) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();

    @Override
    public Uni<Void> arrived(UUID orderId, List<UUID> lineIds, boolean allSupplied, Instant now) {
        calls.add(new Call(orderId, List.copyOf(lineIds), allSupplied, now));
        return Uni.createFrom().voidItem();
    }

    public List<Call> of(UUID orderId) {
        return calls.stream().filter(c -> c.orderId().equals(orderId)).toList();
    }
}

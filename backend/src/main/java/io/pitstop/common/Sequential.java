package io.pitstop.common;

import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.function.Function;

/** Work over a list, one item after the other: a reactive session runs one statement at a time. */
public final class Sequential {

    private Sequential() {
    }

    public static <T> Uni<Void> each(List<T> items, Function<T, Uni<Void>> action) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (T item : items) {
            chain = chain.chain(() -> action.apply(item));
        }
        return chain;
    }
}

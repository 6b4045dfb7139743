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

    /** Each item turned into a result, one after the other, in order. */
    public static <T, R> Uni<List<R>> map(List<T> items, Function<T, Uni<R>> action) {
        Uni<List<R>> chain = Uni.createFrom().item(new java.util.ArrayList<>());
        for (T item : items) {
            chain = chain.chain(list -> action.apply(item).map(r -> {
                list.add(r);
                return list;
            }));
        }
        return chain;
    }
}

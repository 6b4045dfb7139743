package io.pitstop.common;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Who takes the next piece of work: the candidate with the fewest open items, ties broken by a stable order (so the
 * same state always gives the same answer). Work is counted by the caller, from its own table.
 */
public final class LeastLoaded {

    private LeastLoaded() {
    }

    public static <T> Optional<T> pick(List<T> candidates, Function<T, UUID> id, Map<UUID, Long> load, Comparator<T> tieBreak) {
        return candidates.stream().min(byLoad(id, load).thenComparing(tieBreak));
    }

    /** Candidates, least loaded first (a dispatcher's list). */
    public static <T> List<T> ranked(List<T> candidates, Function<T, UUID> id, Map<UUID, Long> load, Comparator<T> tieBreak) {
        return candidates.stream().sorted(byLoad(id, load).thenComparing(tieBreak)).toList();
    }

    private static <T> Comparator<T> byLoad(Function<T, UUID> id, Map<UUID, Long> load) {
        return Comparator.comparingLong(c -> load.getOrDefault(id.apply(c), 0L));
    }

    /** Rows of (id, count) from a grouped query, as a map. */
    public static Map<UUID, Long> counts(List<Object[]> rows) {
        Map<UUID, Long> load = new java.util.HashMap<>();
        for (Object[] r : rows) {
            if (r[0] != null) {
                load.put((UUID) r[0], ((Number) r[1]).longValue());
            }
        }
        return load;
    }
}

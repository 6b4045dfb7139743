package io.pitstop.live;

import io.smallrye.mutiny.Uni;

import java.util.List;

/**
 * A capability's ordered events, read from its table (the table is the truth; notifications only say "look").
 * Ids of one key grow in commit order, so "after n" never skips an event that commits later.
 */
public interface LiveFeed {

    /** The name publishers and streams use for this feed. */
    String name();

    /** Events of the key with an id greater than {@code after}, oldest first, at most {@code limit}. */
    Uni<List<LiveEvent>> after(String key, long after, int limit);

    /** The newest id of the key (0 when it has none): where a stream that wants only new events starts. */
    Uni<Long> latest(String key);
}

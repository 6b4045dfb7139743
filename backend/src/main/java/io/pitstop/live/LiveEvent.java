package io.pitstop.live;

/**
 * One event of a feed as it goes on the wire: its position in the feed (the SSE {@code id}), its type (the SSE
 * {@code event}), its JSON (the SSE {@code data}), and whether only staff may see it.
 */
public record LiveEvent(long id, String type, String json, boolean staffOnly) {
}

package io.pitstop.common;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;
import java.util.Map;

/**
 * The page of a list that grows ({@code ?limit=&offset=}), the same on every such list: at most {@link #MAX_LIMIT}
 * items, by default a full page; a limit above it or an offset out of range is a 400 problem naming the parameter
 * (never silently clamped, so a client that asked for more knows it did not get it). A page shorter than the limit is
 * the last one. Each list keeps a total order (ties broken by id), so pages neither repeat nor skip an item that did
 * not change in between.
 */
public class Paging {

    public static final int MAX_LIMIT = 500;
    public static final int MAX_OFFSET = 100_000;

    @QueryParam("limit")
    @Parameter(description = "Items per page, at most 500 (default 500); a shorter page is the last",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "500"))
    public Integer limit;

    @QueryParam("offset")
    @Parameter(description = "Items to skip: 0 for the first page, then the sum of the limits asked for so far",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "100000", defaultValue = "0"))
    public Integer offset;

    /** The page asked for, or a 400 naming the parameter out of range. */
    public Page page() {
        int l = limit == null ? MAX_LIMIT : limit;
        int o = offset == null ? 0 : offset;
        if (l < 1 || l > MAX_LIMIT) {
            throw new InvalidInputException("limit", Detail.of("problem.page.limit", Map.of("max", MAX_LIMIT)));
        }
        if (o < 0 || o > MAX_OFFSET) {
            throw new InvalidInputException("offset", Detail.of("problem.page.offset", Map.of("max", MAX_OFFSET)));
        }
        return new Page(o, l);
    }

    /** A valid page: skip {@code offset} items, give at most {@code limit}. */
    public record Page(int offset, int limit) {

        /** The first page, full size (for callers inside the application). */
        public static final Page FIRST = new Page(0, MAX_LIMIT);

        /** This page of a list already in its order (for lists whose order is computed, not stored). */
        public <T> List<T> of(List<T> all) {
            if (offset >= all.size()) {
                return List.of();
            }
            return all.subList(offset, Math.min(all.size(), offset + limit));
        }

        /** Index of the last item, inclusive (Panache's {@code range}). */
        public int last() {
            return offset + limit - 1;
        }
    }
}

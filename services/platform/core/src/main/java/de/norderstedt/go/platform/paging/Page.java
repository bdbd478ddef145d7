package de.norderstedt.go.platform.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a list; {@code next} is the cursor for the following page, absent on the last. */
public record Page<T>(
        List<T> items,
        @Schema(description = "Pass as ?after= to get the next page; absent on the last page") String next) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /**
     * Builds a page from a query that fetched {@code limit + 1} rows: the extra row only tells that
     * there is a next page.
     */
    public static <R, T> Page<T> of(List<R> rowsPlusOne, int limit, Function<R, T> mapper, Function<R, Cursor> cursorOf) {
        boolean more = rowsPlusOne.size() > limit;
        List<R> rows = more ? rowsPlusOne.subList(0, limit) : rowsPlusOne;
        String next = more ? cursorOf.apply(rows.get(rows.size() - 1)).encode() : null;
        return new Page<>(rows.stream().map(mapper).toList(), next);
    }
}

package de.norderstedt.go.platform.paging;

import de.norderstedt.go.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * An opaque keyset-pagination cursor: the sort key values of the last item of a page. The client
 * passes it back as {@code ?after=}; the next page starts strictly after that key, so pages stay
 * stable while rows are added and the query stays an index range scan at any depth.
 */
public record Cursor(List<String> values) {

    private static final char SEPARATOR = '\u001f';

    public static Cursor of(Object... values) {
        return new Cursor(Arrays.stream(values).map(String::valueOf).toList());
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(String.valueOf(SEPARATOR), values).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes {@code ?after=}; a cursor that is not one of ours is a 400 on that parameter. */
    public static Cursor decode(String encoded, int expectedValues) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            List<String> values = Arrays.asList(raw.split(String.valueOf(SEPARATOR), -1));
            if (values.size() != expectedValues) {
                throw new IllegalArgumentException("wrong number of values");
            }
            return new Cursor(values);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("after", "is not a cursor returned by this API");
        }
    }

    public String get(int index) {
        return values.get(index);
    }
}

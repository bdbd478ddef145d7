package de.norderstedt.go.platform.paging;

import de.norderstedt.go.platform.input.Text;
import de.norderstedt.go.platform.problem.ProblemException;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * An opaque keyset-pagination cursor: the sort key values of the last item of a page. The client
 * passes it back as {@code ?after=}; the next page starts strictly after that key, so pages stay
 * stable while rows are added and the query stays an index range scan at any depth.
 */
@Schema(type = SchemaType.STRING, description = "An opaque cursor: the `next` of the previous page")
public record Cursor(List<String> values) {

    private static final char SEPARATOR = '\u001f';
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    public static Cursor of(Object... values) {
        return new Cursor(Arrays.stream(values).map(String::valueOf).toList());
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(String.valueOf(SEPARATOR), values).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a cursor given as query parameter {@code parameter} (the platform's query-parameter
     * converter calls this for a {@code Cursor} parameter); one that is not ours is a 400 on it.
     */
    public static Cursor decode(String parameter, String encoded) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            return new Cursor(Arrays.asList(raw.split(String.valueOf(SEPARATOR), -1)));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(parameter, "is not a cursor returned by this API");
        }
    }

    /** This cursor, if it holds the {@code count} values of the list's sort key; else a 400 on {@code after}. */
    public Cursor expect(int count) {
        if (values.size() != count) {
            throw ProblemException.invalid("after", "is not a cursor returned by this API");
        }
        return this;
    }

    public String get(int index) {
        return values.get(index);
    }

    /*
     * Typed values, each checked against what PostgreSQL can hold: a forged cursor is a 400 on
     * ?after=, never a database error (a year 300000, a score of 1e999999999, a NUL in a name).
     */

    public Instant instant(int index) {
        try {
            Instant value = Instant.parse(get(index));
            if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
                throw invalid();
            }
            return value;
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    public UUID uuid(int index) {
        try {
            return UUID.fromString(get(index));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public int integer(int index) {
        try {
            return Integer.parseInt(get(index));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    /** A decimal of at most 15 integer and 15 fraction digits (scores, amounts). */
    public BigDecimal decimal(int index) {
        try {
            BigDecimal value = new BigDecimal(get(index));
            if (value.scale() > 15 || value.precision() - value.scale() > 15) {
                throw invalid();
            }
            return value;
        } catch (NumberFormatException | ArithmeticException e) {
            throw invalid();
        }
    }

    public float real(int index) {
        try {
            float value = Float.parseFloat(get(index));
            if (!Float.isFinite(value)) {
                throw invalid();
            }
            return value;
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    /** Text as stored: multi-line values (a tab or line break in a title) are sort keys too. */
    public String text(int index) {
        String value = get(index);
        if (Text.problem(value, true) != null) {
            throw invalid();
        }
        return value;
    }

    private static ProblemException invalid() {
        return ProblemException.invalid("after", "is not a cursor returned by this API for this sort order");
    }
}

package de.norderstedt.go.ideas.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads the cards of an import file, CSV or JSON, as a stream: {@code use} gets an iterator that
 * reads the next card only when asked, so a file of any size is never held in memory. A file that
 * cannot be read is a 400 (unreadable; a CSV header without the needed columns names "header").
 */
@ApplicationScoped
public class CardReader {

    /** The columns a CSV header must name; group, tags and kind are optional. */
    private static final List<String> REQUIRED = List.of("title", "text", "action_field");

    private final ObjectMapper json;

    public CardReader(ObjectMapper json) {
        this.json = json;
    }

    /** The CSV form: a header row naming the columns (any case, any order), then one card per row; tags separated by ; or ,. */
    public <T> T csv(InputStream body, Charset charset, Function<Iterator<RawCard>, T> use) {
        Reader reader = new InputStreamReader(body, charset);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setIgnoreHeaderCase(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
        try (CSVParser parser = parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            for (String required : REQUIRED) {
                if (!header.contains(required)) {
                    throw ProblemException.invalid("header", "needs the columns title, text, action_field (optional: group, tags, kind); found "
                            + abbreviated(header.toString()));
                }
            }
            Iterator<CSVRecord> records = parser.iterator();
            return use.apply(new Iterator<RawCard>() {
                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public RawCard next() {
                    CSVRecord r = records.next();
                    String tags = value(r, "tags");
                    return new RawCard(r.getRecordNumber(), value(r, "title"), value(r, "text"), value(r, "action_field"),
                            value(r, "group"), tags == null ? List.of() : Arrays.asList(tags.split("[;,]")), value(r, "kind"));
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new ProblemException(ProblemType.UNREADABLE, "The file is not readable CSV: " + e.getMessage());
        }
    }

    /**
     * The JSON form: an array of {@code {"title", "text", "actionField", "group", "tags": [...], "kind"}},
     * read with Jackson's streaming parser, one card at a time.
     */
    public <T> T json(InputStream body, Function<Iterator<RawCard>, T> use) {
        try (JsonParser parser = json.getFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw ProblemException.invalid("body", "must be a JSON array of cards");
            }
            return use.apply(new Iterator<RawCard>() {
                private long row;
                private JsonToken next = advance();

                private JsonToken advance() {
                    try {
                        return parser.nextToken();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public boolean hasNext() {
                    return next == JsonToken.START_OBJECT;
                }

                @Override
                public RawCard next() {
                    try {
                        JsonNode card = parser.readValueAsTree();
                        row++;
                        next = advance();
                        List<String> tags = new ArrayList<>();
                        card.path("tags").forEach(t -> tags.add(t.asText()));
                        return new RawCard(row, text(card, "title"), text(card, "text"), text(card, "actionField"),
                                text(card, "group"), tags, text(card, "kind"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new ProblemException(ProblemType.UNREADABLE, "The body is not a readable JSON array of cards: " + e.getMessage());
        }
    }

    /** The header row is read here: an empty or a repeated column name is the client's file, a 400. */
    private static CSVParser parse(Reader reader, CSVFormat format) throws IOException {
        try {
            return CSVParser.parse(reader, format);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("header", "needs distinct, non-empty column names");
        }
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String v = record.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }

    private static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}

package de.norderstedt.go.ideas.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.norderstedt.go.ideas.messaging.IdeaEventPublisher;
import de.norderstedt.go.ideas.model.IdeaKind;
import de.norderstedt.go.platform.input.Text;
import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.problem.Problem;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.hibernate.Session;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Imports the cards of a workshop from CSV or JSON. The file is read as a stream, card by card, and written
 * in JDBC batches inside one transaction: any invalid row rolls the whole file back (and is named
 * in the answer), memory stays flat for 50,000 cards, and every card carries a key made of its
 * workshop, group, title and text, so the same file imported again creates nothing new.
 */
@ApplicationScoped
public class ImportService {

    static final List<String> COLUMNS = List.of("title", "text", "action_field", "group", "tags", "kind");
    private static final int BATCH = 500;
    private static final int MAX_REPORTED_ERRORS = 50;

    private final EntityManager em;
    private final IdeaEventPublisher events;
    private final ObjectMapper json;

    public ImportService(EntityManager em, IdeaEventPublisher events, ObjectMapper json) {
        this.em = em;
        this.events = events;
        this.json = json;
    }

    public record Result(UUID importId, int rows, int created, int unchanged) {
    }

    /** One card as read from a file, not yet validated; {@code row} counts from 1 after the header. */
    record RawCard(long row, String title, String text, String actionField, String group, List<String> tags, String kind) {
    }

    @Transactional
    public Result importCsv(InputStream body, java.nio.charset.Charset charset, UUID workshopId, String importedBy) {
        requireWorkshop(workshopId);
        Reader reader = new InputStreamReader(body, charset);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setIgnoreHeaderCase(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
        try (CSVParser parser = parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            for (String required : List.of("title", "text", "action_field")) {
                if (!header.contains(required)) {
                    throw ProblemException.invalid("header", "needs the columns title, text, action_field (optional: group, tags, kind); found "
                            + abbreviated(header.toString()));
                }
            }
            Iterator<RawCard> cards = new Iterator<>() {
                private final Iterator<CSVRecord> records = parser.iterator();

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
            };
            return importCards(cards, workshopId, importedBy);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ProblemException(ProblemType.UNREADABLE, "The file is not readable CSV: " + e.getMessage());
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

    /**
     * The JSON form: an array of {@code {"title", "text", "actionField", "group", "tags": [...], "kind"}},
     * read with Jackson's streaming parser, one card at a time.
     */
    @Transactional
    public Result importJson(InputStream body, UUID workshopId, String importedBy) {
        requireWorkshop(workshopId);
        try (JsonParser parser = json.getFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw ProblemException.invalid("body", "must be a JSON array of cards");
            }
            long[] row = {0};
            Iterator<RawCard> cards = new Iterator<>() {
                private JsonToken next = advance();

                private JsonToken advance() {
                    try {
                        return parser.nextToken();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
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
                        row[0]++;
                        next = advance();
                        List<String> tags = new ArrayList<>();
                        card.path("tags").forEach(t -> tags.add(t.asText()));
                        return new RawCard(row[0], text(card, "title"), text(card, "text"), text(card, "actionField"),
                                text(card, "group"), tags, text(card, "kind"));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            };
            Result result = importCards(cards, workshopId, importedBy);
            return result;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ProblemException(ProblemType.UNREADABLE, "The body is not a readable JSON array of cards: " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }

    private static void requireWorkshop(UUID workshopId) {
        if (workshopId == null) {
            throw ProblemException.invalid("workshopId", "is required: the workshop the cards come from");
        }
    }

    private Result importCards(Iterator<RawCard> cards, UUID workshopId, String importedBy) {
        UUID importId = UUID.randomUUID();
        Instant now = IdeaService.now();
        List<Problem.Violation> errors = new ArrayList<>();
        int[] counts = new int[3]; // rows, created, unchanged
        em.unwrap(Session.class).doWork(connection -> insertRows(connection, cards, workshopId, now, errors, counts));
        if (counts[0] == 0 && errors.isEmpty()) {
            throw ProblemException.invalid("body", "the file has no cards");
        }
        if (!errors.isEmpty()) {
            // Roll back everything written so far: all or nothing per file.
            throw new ProblemException(ProblemType.VALIDATION, errors.size() + (errors.size() >= MAX_REPORTED_ERRORS ? "+" : "")
                    + " rows are not valid; nothing was imported", errors, List.of());
        }
        em.createNativeQuery("""
                        insert into idea_import (id, workshop_id, created, unchanged, imported_by, imported_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, importId).setParameter(2, workshopId)
                .setParameter(3, counts[1]).setParameter(4, counts[2]).setParameter(5, importedBy)
                .setParameter(6, Timestamp.from(now)).executeUpdate();
        events.imported(importId, workshopId, counts[1], counts[2]);
        return new Result(importId, counts[0], counts[1], counts[2]);
    }

    private static void insertRows(Connection connection, Iterator<RawCard> cards, UUID workshopId, Instant now,
                                   List<Problem.Violation> errors, int[] counts) throws SQLException {
        String sql = """
                insert into idea (id, title, description, action_field, kind, origin, workshop_id, workshop_group, tags,
                                  status, import_key, created_at, updated_at)
                values (?, ?, ?, ?, ?, 'WORKSHOP', ?, ?, ?, 'SUBMITTED', ?, ?, ?)
                on conflict (import_key) do nothing""";
        Timestamp at = Timestamp.from(now);
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            while (cards.hasNext()) {
                RawCard raw = cards.next();
                counts[0]++;
                Card card = parse(raw, errors);
                if (card == null || !errors.isEmpty()) {
                    // After the first error nothing more is written; the rest is only validated.
                    continue;
                }
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, card.title());
                insert.setString(3, card.text());
                insert.setString(4, card.field().name());
                insert.setString(5, card.kind().name());
                insert.setObject(6, workshopId);
                insert.setString(7, card.group());
                insert.setArray(8, connection.createArrayOf("text", card.tags().toArray()));
                insert.setString(9, importKey(workshopId, card));
                insert.setTimestamp(10, at);
                insert.setTimestamp(11, at);
                insert.addBatch();
                if (++pending == BATCH) {
                    count(insert.executeBatch(), counts);
                    pending = 0;
                }
            }
            if (pending > 0 && errors.isEmpty()) {
                count(insert.executeBatch(), counts);
            }
        }
    }

    private static void count(int[] results, int[] counts) {
        for (int r : results) {
            if (r > 0) {
                counts[1]++;
            } else {
                counts[2]++;
            }
        }
    }

    record Card(String title, String text, ActionField field, String group, List<String> tags, IdeaKind kind) {
    }

    private static Card parse(RawCard raw, List<Problem.Violation> errors) {
        int before = errors.size();
        String title = raw.title();
        String text = raw.text();
        String field = raw.actionField();
        String group = raw.group();
        String kind = raw.kind();
        String at = "rows[" + raw.row() + "].";
        for (String[] cell : new String[][]{{"title", title}, {"text", text}, {"action_field", field}, {"group", group},
                {"kind", kind}, {"tags", String.join(",", raw.tags())}}) {
            String problem = Text.problem(cell[1], true);
            if (problem != null) {
                error(errors, at + cell[0], problem);
                return null;
            }
        }
        if (title == null) {
            error(errors, at + "title", "is required");
        } else if (title.length() > 200) {
            error(errors, at + "title", "must be at most 200 characters");
        }
        if (text == null) {
            text = title;
        } else if (text.length() > 5000) {
            error(errors, at + "text", "must be at most 5000 characters");
        }
        ActionField actionField = null;
        try {
            actionField = field == null ? null : ActionField.valueOf(field.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            actionField = byGermanLabel(field);
        }
        if (actionField == null) {
            error(errors, at + "action_field", "must be one of " + Arrays.toString(ActionField.values()) + " or their German labels");
        }
        IdeaKind ideaKind = IdeaKind.VISION_CARD;
        if (kind != null) {
            try {
                ideaKind = IdeaKind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(errors, at + "kind", "must be one of " + Arrays.toString(IdeaKind.values()));
            }
        }
        if (group != null && group.length() > 80) {
            error(errors, at + "group", "must be at most 80 characters");
        }
        List<String> tagList = raw.tags().stream().map(String::strip)
                .filter(t -> !t.isEmpty()).map(t -> t.toLowerCase(Locale.ROOT)).distinct().toList();
        if (tagList.size() > 10 || tagList.stream().anyMatch(t -> t.length() > 40)) {
            error(errors, at + "tags", "at most 10 tags of at most 40 characters");
        }
        return errors.size() == before ? new Card(title, text, actionField, group, tagList, ideaKind) : null;
    }

    private static ActionField byGermanLabel(String value) {
        for (ActionField f : ActionField.values()) {
            if (f.germanLabel().equalsIgnoreCase(value.strip())) {
                return f;
            }
        }
        return null;
    }

    private static void error(List<Problem.Violation> errors, String field, String message) {
        if (errors.size() < MAX_REPORTED_ERRORS) {
            errors.add(new Problem.Violation(field, message));
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String v = record.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static String importKey(UUID workshopId, Card card) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[]{workshopId.toString(), String.valueOf(card.group()), card.title(), card.text()}) {
                digest.update(part.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

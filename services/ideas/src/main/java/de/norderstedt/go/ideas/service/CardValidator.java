package de.norderstedt.go.ideas.service;

import de.norderstedt.go.ideas.model.IdeaKind;
import de.norderstedt.go.ideas.repository.CardBatchWriter;
import de.norderstedt.go.platform.input.Text;
import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * Checks imported cards against the rules of an idea (the limits of {@link IdeaDraft}, as for an idea
 * submitted online; a missing text is the title; the action field also by its German label) and
 * gives each valid card its import key: made of its workshop, group, title and text, so that the
 * same card imported again is recognised.
 */
@ApplicationScoped
public class CardValidator {

    /** At most this many invalid rows are named in the answer. */
    public static final int MAX_REPORTED_ERRORS = 50;

    /** The valid cards of {@code cards}, as they are read; see {@link ValidCards}. */
    public ValidCards check(Iterator<RawCard> cards, UUID workshopId) {
        return new ValidCards(cards, workshopId);
    }

    /**
     * The valid cards of a file, ready to be written. Once a row is invalid, no card is given out
     * any more (the file is all or nothing), but the rest is still read and checked, so that the
     * answer names every invalid row (up to {@value #MAX_REPORTED_ERRORS}).
     */
    public static final class ValidCards implements Iterator<CardBatchWriter.Card> {

        private final Iterator<RawCard> cards;
        private final UUID workshopId;
        private final List<Problem.Violation> errors = new ArrayList<>();
        private int rows;
        private CardBatchWriter.Card next;

        private ValidCards(Iterator<RawCard> cards, UUID workshopId) {
            this.cards = cards;
            this.workshopId = workshopId;
        }

        @Override
        public boolean hasNext() {
            while (next == null && cards.hasNext()) {
                RawCard raw = cards.next();
                rows++;
                CardBatchWriter.Card card = validate(raw, workshopId, errors);
                if (card != null && errors.isEmpty()) {
                    next = card;
                }
            }
            return next != null;
        }

        @Override
        public CardBatchWriter.Card next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            CardBatchWriter.Card card = next;
            next = null;
            return card;
        }

        /** How many rows were read so far. */
        public int rows() {
            return rows;
        }

        /** The invalid rows' violations (at most {@value #MAX_REPORTED_ERRORS}); empty while every row is valid. */
        public List<Problem.Violation> errors() {
            return errors;
        }
    }

    /** The card, or null if it is not valid (its violations are added to {@code errors}). */
    static CardBatchWriter.Card validate(RawCard raw, UUID workshopId, List<Problem.Violation> errors) {
        List<Problem.Violation> found = new ArrayList<>();
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
                found.add(new Problem.Violation(at + cell[0], problem));
                return rejected(found, errors);
            }
        }
        if (title == null) {
            error(found, at + "title", "is required");
        } else if (title.length() > IdeaDraft.TITLE_MAX) {
            error(found, at + "title", "must be at most " + IdeaDraft.TITLE_MAX + " characters");
        }
        if (text == null) {
            text = title;
        } else if (text.length() > IdeaDraft.DESCRIPTION_MAX) {
            error(found, at + "text", "must be at most " + IdeaDraft.DESCRIPTION_MAX + " characters");
        }
        ActionField actionField;
        try {
            actionField = field == null ? null : ActionField.valueOf(field.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            actionField = byGermanLabel(field);
        }
        if (actionField == null) {
            error(found, at + "action_field", "must be one of " + Arrays.toString(ActionField.values()) + " or their German labels");
        }
        IdeaKind ideaKind = IdeaKind.VISION_CARD;
        if (kind != null) {
            try {
                ideaKind = IdeaKind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(found, at + "kind", "must be one of " + Arrays.toString(IdeaKind.values()));
            }
        }
        if (group != null && group.length() > IdeaDraft.WORKSHOP_GROUP_MAX) {
            error(found, at + "group", "must be at most " + IdeaDraft.WORKSHOP_GROUP_MAX + " characters");
        }
        List<String> tags = raw.tags().stream().map(String::strip)
                .filter(t -> !t.isEmpty()).map(t -> t.toLowerCase(Locale.ROOT)).distinct().toList();
        if (tags.size() > IdeaDraft.TAGS_MAX || tags.stream().anyMatch(t -> t.length() > IdeaDraft.TAG_MAX)) {
            error(found, at + "tags", "at most " + IdeaDraft.TAGS_MAX + " tags of at most " + IdeaDraft.TAG_MAX + " characters");
        }
        if (!found.isEmpty()) {
            return rejected(found, errors);
        }
        return new CardBatchWriter.Card(title, text, actionField, group, tags, ideaKind, importKey(workshopId, group, title, text));
    }

    private static ActionField byGermanLabel(String value) {
        for (ActionField f : ActionField.values()) {
            if (f.germanLabel().equalsIgnoreCase(value.strip())) {
                return f;
            }
        }
        return null;
    }

    private static void error(List<Problem.Violation> found, String field, String message) {
        found.add(new Problem.Violation(field, message));
    }

    /** Null, the row's violations added to {@code errors} as far as they still fit. */
    private static CardBatchWriter.Card rejected(List<Problem.Violation> found, List<Problem.Violation> errors) {
        for (Problem.Violation violation : found) {
            if (errors.size() < MAX_REPORTED_ERRORS) {
                errors.add(violation);
            }
        }
        return null;
    }

    /** SHA-256 of workshop, group, title and text, each lower-cased with its white space collapsed. */
    static String importKey(UUID workshopId, String group, String title, String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[]{workshopId.toString(), String.valueOf(group), title, text}) {
                digest.update(part.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package de.norderstedt.go.ideas.repository;

import de.norderstedt.go.ideas.model.IdeaKind;
import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.repository.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

/**
 * Writes imported workshop cards as ideas in JDBC batches, on the connection of the current
 * transaction: the cards are taken from an iterator as they are read, so memory stays flat for
 * any file. A card whose import key exists already is not written again.
 */
@ApplicationScoped
public class CardBatchWriter {

    /** A valid card, ready to be an idea; {@code importKey} identifies it across imports. */
    public record Card(String title, String text, ActionField actionField, String group, List<String> tags, IdeaKind kind,
                       String importKey) {
    }

    /** How many cards became new ideas and how many were there already. */
    public record Written(int created, int unchanged) {
    }

    private static final String INSERT = """
            insert into idea (id, title, description, action_field, kind, origin, workshop_id, workshop_group, tags,
                              status, import_key, created_at, updated_at)
            values (?, ?, ?, ?, ?, 'WORKSHOP', ?, ?, cast(? as text[]), 'SUBMITTED', ?, ?, ?)
            on conflict (import_key) do nothing""";

    private final EntityManager em;

    public CardBatchWriter(EntityManager em) {
        this.em = em;
    }

    /** Inserts every card of {@code cards} as a SUBMITTED idea of the workshop, {@code batchSize} at a time. */
    public Written insert(Iterator<Card> cards, UUID workshopId, Instant at, int batchSize) {
        return em.unwrap(Session.class).doReturningWork(connection -> insert(connection, cards, workshopId, at, batchSize));
    }

    private static Written insert(Connection connection, Iterator<Card> cards, UUID workshopId, Instant at, int batchSize)
            throws SQLException {
        Timestamp time = Timestamp.from(at);
        int[] counts = new int[2]; // created, unchanged
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int pending = 0;
            while (cards.hasNext()) {
                Card card = cards.next();
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, card.title());
                insert.setString(3, card.text());
                insert.setString(4, card.actionField().name());
                insert.setString(5, card.kind().name());
                insert.setObject(6, workshopId);
                insert.setString(7, card.group());
                insert.setString(8, SqlArrays.literal(card.tags()));
                insert.setString(9, card.importKey());
                insert.setTimestamp(10, time);
                insert.setTimestamp(11, time);
                insert.addBatch();
                if (++pending == batchSize) {
                    count(insert.executeBatch(), counts);
                    pending = 0;
                }
            }
            if (pending > 0) {
                count(insert.executeBatch(), counts);
            }
        }
        return new Written(counts[0], counts[1]);
    }

    private static void count(int[] results, int[] counts) {
        for (int r : results) {
            if (r > 0) {
                counts[0]++;
            } else {
                counts[1]++;
            }
        }
    }
}

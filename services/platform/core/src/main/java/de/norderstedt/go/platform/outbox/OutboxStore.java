package de.norderstedt.go.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The relay's reads and writes of table {@code outbox_event}, on the connection the relay keeps
 * for its leadership (autocommit: each statement is its own transaction). {@link Outbox} writes
 * the rows, in the transactions of the state changes they describe.
 *
 * <p>{@code attempts} counts how often a row was handed to Kafka: once more on each send, the
 * acknowledged one included. A row that Kafka keeps refusing shows as a pending row with many
 * attempts ({@code go_outbox_pending_attempts_max}).
 */
final class OutboxStore {

    /** What waits for Kafka: rows, age of the oldest in seconds, and the most attempts of one of them. */
    record Backlog(long pending, long oldestAgeSeconds, long mostAttempts) {
    }

    /** Up to {@code limit} unpublished rows, by {@code seq} (the order they were written in, not commit order). */
    List<OutboxRow> unpublished(Connection connection, int limit) throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select seq, id, topic, aggregate_id, event_type, payload::text, attempts
                from outbox_event where published_at is null order by seq limit ?""")) {
            select.setInt(1, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getInt(7)));
                }
            }
        }
        return rows;
    }

    /** Kafka acknowledged these rows: they are published (and count one attempt more). */
    void markPublished(Connection connection, List<OutboxRow> rows) throws SQLException {
        update(connection, "update outbox_event set published_at = now(), attempts = attempts + 1 where seq = any(?)", rows);
    }

    /** These rows were handed to Kafka without an acknowledgement: one attempt more, still unpublished. */
    void countFailedAttempt(Connection connection, List<OutboxRow> rows) throws SQLException {
        update(connection, "update outbox_event set attempts = attempts + 1 where seq = any(?) and published_at is null", rows);
    }

    Backlog backlog(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("""
                     select count(*), coalesce(extract(epoch from now() - min(created_at)), 0), coalesce(max(attempts), 0)
                     from outbox_event where published_at is null""")) {
            rs.next();
            return new Backlog(rs.getLong(1), (long) rs.getDouble(2), rs.getLong(3));
        }
    }

    /** Deletes the rows published longer ago than {@code retention}. */
    void purge(Connection connection, Duration retention) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from outbox_event where published_at < now() - make_interval(secs => ?)")) {
            delete.setDouble(1, retention.toSeconds());
            delete.executeUpdate();
        }
    }

    private static void update(Connection connection, String sql, List<OutboxRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            Long[] seqs = rows.stream().map(OutboxRow::seq).toArray(Long[]::new);
            update.setArray(1, connection.createArrayOf("bigint", seqs));
            update.executeUpdate();
        }
    }
}

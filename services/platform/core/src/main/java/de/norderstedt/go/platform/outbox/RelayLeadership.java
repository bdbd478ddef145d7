package de.norderstedt.go.platform.outbox;

import io.agroal.api.AgroalDataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Which replica's relay publishes: the one holding a PostgreSQL session advisory lock named for
 * the service, on a connection it keeps for that purpose. The leader also LISTENs there for the
 * NOTIFY that every transaction writing outbox rows sends on commit. When that replica dies its
 * connection closes, the lock is released, and another replica's relay takes over.
 *
 * <p>One instance per run of the relay loop, used by that loop's thread only.
 */
final class RelayLeadership implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RelayLeadership.class);
    private static final String CHANNEL = "go_outbox";

    private final AgroalDataSource dataSource;
    private final String lockName;
    private Connection connection;
    private volatile boolean leading;

    RelayLeadership(AgroalDataSource dataSource, String lockName) {
        this.dataSource = dataSource;
        this.lockName = lockName;
    }

    /** Whether this relay is the one publishing (read by metrics and readiness from other threads). */
    boolean leading() {
        return leading;
    }

    /** The session connection of the lock, opened on first use and again after it was {@link #lost}. */
    Connection connection() throws SQLException {
        if (connection == null) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
        }
        return connection;
    }

    /** Takes the lock if no other replica holds it (and then listens for new rows); true while leading. */
    boolean tryLead() throws SQLException {
        if (leading) {
            return true;
        }
        Connection session = connection();
        leading = tryLock(session);
        if (leading) {
            try (Statement s = session.createStatement()) {
                s.execute("listen " + CHANNEL);
            }
            LOG.info("outbox relay is publishing for this service");
        }
        return leading;
    }

    /**
     * The leader waits for a NOTIFY from a committing writer, at most {@code timeout}; a standby
     * just sleeps that long before it tries the lock again.
     */
    void await(Duration timeout) throws SQLException, InterruptedException {
        if (leading) {
            connection().unwrap(PGConnection.class).getNotifications((int) Math.max(1, timeout.toMillis()));
        } else {
            Thread.sleep(timeout.toMillis());
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    /** The database connection failed: no longer leading; the next round connects afresh. */
    void lost() {
        close();
    }

    /** Gives up the role and returns the connection. */
    @Override
    public void close() {
        leading = false;
        release(connection);
        connection = null;
    }

    private boolean tryLock(Connection session) throws SQLException {
        try (PreparedStatement lock = session.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
            lock.setString(1, lockName);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /**
     * Returns the connection to the pool without its session state: a pooled connection that
     * still held the advisory lock would keep every other replica from publishing.
     */
    private static void release(Connection session) {
        if (session == null) {
            return;
        }
        try (Statement s = session.createStatement()) {
            s.execute("unlisten *");
            s.execute("select pg_advisory_unlock_all()");
        } catch (SQLException e) {
            LOG.debug("could not reset the relay connection; closing it", e);
        }
        try {
            session.close();
        } catch (SQLException e) {
            LOG.debug("closing the relay connection failed", e);
        }
    }
}

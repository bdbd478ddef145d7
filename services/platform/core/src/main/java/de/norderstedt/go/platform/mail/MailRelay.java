package de.norderstedt.go.platform.mail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.norderstedt.go.platform.calls.ServiceToken;
import de.norderstedt.go.platform.model.Timestamps;
import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Sends what {@link MailOutbox} queued: a mail to an address by SMTP ({@code quarkus-mailer}), a
 * mail for a participant to participants, which holds the address. Each round takes the due rows
 * with {@code for update skip locked}, so any number of replicas send and none sends a row another
 * one holds. A send that fails is retried later (the wait doubles per attempt, up to
 * {@code go.mail.max-backoff}), never dropped; a permanent refusal of the address marks the row
 * {@code BOUNCED} and fires {@link MailBounced}. A crash between the server's acceptance and the
 * mark sends that mail again after restart (at-least-once).
 */
@ApplicationScoped
public class MailRelay {

    private static final Logger LOG = Logger.getLogger(MailRelay.class);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final AgroalDataSource dataSource;
    private final MailConfig config;
    private final ReactiveMailer mailer;
    private final Instance<ParticipantMailRestClient> participants;
    private final ServiceToken token;
    private final ObjectMapper objectMapper;
    private final Event<MailBounced> bounced;
    private volatile boolean running;
    private Thread thread;

    public MailRelay(AgroalDataSource dataSource, MailConfig config, ReactiveMailer mailer,
                     @RestClient Instance<ParticipantMailRestClient> participants, ServiceToken token,
                     ObjectMapper objectMapper, Event<MailBounced> bounced) {
        this.dataSource = dataSource;
        this.config = config;
        this.mailer = mailer;
        this.participants = participants;
        this.token = token;
        this.objectMapper = objectMapper;
        this.bounced = bounced;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.relayEnabled()) {
            running = true;
            thread = new Thread(this::run, "mail-relay");
            thread.setDaemon(true);
            thread.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            try {
                thread.join(config.sendTimeout().plusSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        Instant nextPurge = Timestamps.now();
        while (running) {
            try {
                int sent = round();
                if (Timestamps.now().isAfter(nextPurge)) {
                    purge();
                    nextPurge = Timestamps.now().plus(PURGE_EVERY);
                }
                if (sent < config.batchSize()) {
                    Thread.sleep(config.pollInterval().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("mail relay round failed (%s); retrying", e.toString());
                try {
                    Thread.sleep(config.pollInterval().multipliedBy(5).toMillis());
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private record Row(UUID id, String address, UUID participant, String template, String subject, String text,
                       String html, String attachments, int attempts) {
    }

    /** One round in one transaction: the due rows, locked, each sent and marked. */
    private int round() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<Row> rows = due(connection);
                for (Row row : rows) {
                    deliver(connection, row);
                }
                connection.commit();
                return rows.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private List<Row> due(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select id, recipient_address, recipient_participant, template, subject, text_body, html_body,
                       attachments::text, attempts
                from mail_outbox where status = 'PENDING' and next_attempt_at <= now()
                order by next_attempt_at, created_at limit ? for update skip locked""")) {
            select.setInt(1, config.batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9)));
                }
            }
        }
        return rows;
    }

    private void deliver(Connection connection, Row row) throws SQLException {
        try {
            if (row.address() != null) {
                mailer.send(mail(row)).await().atMost(config.sendTimeout());
            } else {
                forward(row);
            }
            mark(connection, row, "SENT", null);
        } catch (Undeliverable e) {
            LOG.infof("mail %s (%s) for a participant dropped: %s", row.id(), row.template(), e.getMessage());
            mark(connection, row, "UNDELIVERABLE", e.getMessage());
        } catch (RuntimeException e) {
            SMTPException smtp = smtpCause(e);
            if (smtp != null && smtp.isPermanent() && smtp.getReplyCode() >= 550 && smtp.getReplyCode() <= 553) {
                LOG.infof("mail %s (%s): the SMTP server refused the address for good (%d)", row.id(), row.template(), smtp.getReplyCode());
                mark(connection, row, "BOUNCED", smtp.getMessage());
                bounced.fire(new MailBounced(row.address()));
                return;
            }
            Duration wait = backoff(row.attempts());
            LOG.warnf("mail %s (%s) not sent, attempt %d (%s); next try in %s", row.id(), row.template(), row.attempts() + 1, e.toString(), wait);
            try (PreparedStatement update = connection.prepareStatement("""
                    update mail_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?""")) {
                update.setString(1, truncate(e.toString()));
                update.setTimestamp(2, Timestamp.from(Timestamps.now().plus(wait)));
                update.setObject(3, row.id());
                update.executeUpdate();
            }
        }
    }

    private Mail mail(Row row) {
        Mail mail = Mail.withText(row.address(), row.subject(), row.text());
        if (row.html() != null) {
            mail.setHtml(row.html());
        }
        for (ForwardedMail.Attachment a : attachments(row)) {
            mail.addAttachment(a.name(), java.util.Base64.getDecoder().decode(a.content()), a.contentType());
        }
        return mail;
    }

    private void forward(Row row) {
        ForwardedMail body = new ForwardedMail(row.id(), row.template(), row.subject(), row.text(), row.html(), attachments(row));
        try (Response response = participants.get().forward(row.participant(), body, token.authorization())) {
            int status = response.getStatus();
            if (status == 404 || status == 410) {
                throw new Undeliverable("participants has no address to send to (" + status + ")");
            }
            if (status >= 300) {
                throw new IllegalStateException("participants answered " + status);
            }
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (status == 404 || status == 410) {
                throw new Undeliverable("participants has no address to send to (" + status + ")");
            }
            throw e;
        } catch (ProcessingException e) {
            throw new IllegalStateException("participants not reachable: " + e.getMessage(), e);
        }
    }

    private List<ForwardedMail.Attachment> attachments(Row row) {
        try {
            return objectMapper.readValue(row.attachments(), new TypeReference<List<ForwardedMail.Attachment>>() {
            });
        } catch (java.io.IOException e) {
            throw new IllegalStateException("mail " + row.id() + " has unreadable attachments", e);
        }
    }

    private static void mark(Connection connection, Row row, String status, String error) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update mail_outbox set status = ?, attempts = attempts + 1, sent_at = now(), last_error = ? where id = ?""")) {
            update.setString(1, status);
            update.setString(2, truncate(error));
            update.setObject(3, row.id());
            update.executeUpdate();
        }
    }

    private Duration backoff(int attempts) {
        Duration wait = config.minBackoff();
        for (int i = 0; i < attempts && wait.compareTo(config.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    private void purge() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "delete from mail_outbox where status <> 'PENDING' and sent_at < now() - make_interval(secs => ?)")) {
            delete.setDouble(1, config.retention().toSeconds());
            delete.executeUpdate();
        }
    }

    private static SMTPException smtpCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMTPException smtp) {
                return smtp;
            }
        }
        return null;
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }

    private static final class Undeliverable extends RuntimeException {
        Undeliverable(String message) {
            super(message);
        }
    }
}

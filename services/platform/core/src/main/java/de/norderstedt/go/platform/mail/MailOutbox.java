package de.norderstedt.go.platform.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.norderstedt.go.platform.model.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Queues mails in table {@code mail_outbox}, in the transaction of the change they tell of: the
 * mail relay ({@link MailRelay}) sends them once that transaction committed, and retries until the
 * SMTP server took them. Also the export's and the erasure's view of those rows.
 */
@ApplicationScoped
public class MailOutbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public MailOutbox(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    /** A mail to an address this service holds (guests in workshops, people in participants). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toAddress(String address, MailMessage mail) {
        insert(normalize(address), null, mail, false);
    }

    /**
     * A mail for a participant whose address only participants holds: the relay hands it to
     * participants, which sends it (or drops it when the person has no verified address).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toParticipant(UUID participantId, MailMessage mail) {
        insert(null, participantId, mail, false);
    }

    /** participants: a mail another service handed over for {@code address}; false if it came before (same id). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean acceptForwarded(String address, MailMessage mail) {
        return insert(normalize(address), null, mail, true);
    }

    /** The mails to this address, newest first (the person's export). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MailRecord> to(String address) {
        return records("recipient_address = ?1", normalize(address));
    }

    /** The mails for this participant that wait for, or went to, participants (the person's export). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MailRecord> toParticipantRecords(UUID participantId) {
        return records("recipient_participant = ?1", participantId);
    }

    /** Erasure: every mail to this address goes, sent or not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String address) {
        if (address == null) {
            return;
        }
        entityManager.createNativeQuery("delete from mail_outbox where recipient_address = ?1")
                .setParameter(1, normalize(address)).executeUpdate();
    }

    /** Erasure: every mail for this participant goes, sent or not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetParticipant(UUID participantId) {
        entityManager.createNativeQuery("delete from mail_outbox where recipient_participant = ?1")
                .setParameter(1, participantId).executeUpdate();
    }

    private boolean insert(String address, UUID participant, MailMessage mail, boolean idempotent) {
        String attachments;
        try {
            attachments = objectMapper.writeValueAsString(ForwardedMail.of(mail).attachments());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Timestamp now = Timestamp.from(Timestamps.now());
        return entityManager.createNativeQuery("""
                        insert into mail_outbox (id, recipient_address, recipient_participant, template, subject, text_body,
                                                 html_body, attachments, next_attempt_at, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as jsonb), ?9, ?9)
                        """ + (idempotent ? " on conflict (id) do nothing" : ""))
                .setParameter(1, mail.id())
                .setParameter(2, address)
                .setParameter(3, participant)
                .setParameter(4, mail.template())
                .setParameter(5, mail.subject())
                .setParameter(6, mail.text())
                .setParameter(7, mail.html())
                .setParameter(8, attachments)
                .setParameter(9, now)
                .executeUpdate() == 1;
    }

    @SuppressWarnings("unchecked")
    private List<MailRecord> records(String condition, Object value) {
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select id, template, subject, status, created_at, sent_at from mail_outbox where " + condition
                                + " order by created_at desc, id")
                .setParameter(1, value).getResultList();
        return rows.stream().map(r -> new MailRecord((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                instant(r[4]), instant(r[5]))).toList();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    static String normalize(String address) {
        return address == null ? null : address.strip().toLowerCase(Locale.ROOT);
    }
}

package de.norderstedt.go.workshops.repository;

import de.norderstedt.go.workshops.model.Mode;
import de.norderstedt.go.workshops.model.Registration;
import de.norderstedt.go.workshops.model.RegistrationStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, UUID> {

    /**
     * Stores a new registration and reads back its waitlist number ({@code seq}); false when the
     * person already holds a registration of this workshop (the unique indexes refuse it).
     */
    public boolean insert(Registration r) {
        getEntityManager().persist(r);
        try {
            getEntityManager().flush();
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            return false;
        }
        getEntityManager().refresh(r);
        return true;
    }

    /** The registration as the database holds it now. */
    public Registration reload(Registration r) {
        getEntityManager().refresh(r);
        return r;
    }

    public Optional<Registration> byCancelToken(String cancelToken) {
        return find("cancelToken = ?1", cancelToken).firstResultOptional();
    }

    /** The registration whose verification mail holds the secret with this hash. */
    public Optional<Registration> byVerifyToken(String verifyToken) {
        return find("guestVerifyToken = ?1", verifyToken).firstResultOptional();
    }

    /** The participant's registration of the workshop that is not cancelled (there is at most one). */
    public Optional<Registration> active(UUID workshopId, UUID participantId) {
        return find("workshopId = ?1 and participantId = ?2 and status <> ?3", workshopId, participantId, RegistrationStatus.CANCELLED)
                .firstResultOptional();
    }

    /** The participant's latest registration of the workshop, cancelled ones included. */
    public Optional<Registration> latest(UUID workshopId, UUID participantId) {
        return find("workshopId = ?1 and participantId = ?2 order by seq desc", workshopId, participantId).firstResultOptional();
    }

    /** All registrations of a workshop, in the order they came in. */
    public List<Registration> ofWorkshop(UUID workshopId) {
        return list("workshopId = ?1 order by seq", workshopId);
    }

    /** One page of a workshop's registrations in the order they came in, after {@code afterSeq}; {@code limit + 1} rows. */
    public List<Registration> page(UUID workshopId, Long afterSeq, int limit) {
        if (afterSeq == null) {
            return find("workshopId = ?1 order by seq", workshopId).page(0, limit + 1).list();
        }
        return find("workshopId = ?1 and seq > ?2 order by seq", workshopId, afterSeq).page(0, limit + 1).list();
    }

    /** A registration of the workshop by its id (as text) or by the short code of its confirmation. */
    public Optional<Registration> byIdOrCode(UUID workshopId, String id, String shortCode) {
        return find("workshopId = ?1 and (cast(id as string) = ?2 or shortCode = ?3)", workshopId, id, shortCode)
                .firstResultOptional();
    }

    /** The longest-waiting registration of that mode. */
    public Optional<Registration> nextWaiting(UUID workshopId, Mode mode) {
        return find("workshopId = ?1 and mode = ?2 and status = ?3 order by seq", workshopId, mode, RegistrationStatus.WAITLISTED)
                .firstResultOptional();
    }

    /** Registrations of that mode with that status. */
    public long countByStatus(UUID workshopId, Mode mode, RegistrationStatus status) {
        return count("workshopId = ?1 and mode = ?2 and status = ?3", workshopId, mode, status);
    }

    /** Registrations of that mode that were checked in. */
    public long attended(UUID workshopId, Mode mode) {
        return count("workshopId = ?1 and mode = ?2 and checkedInAt is not null", workshopId, mode);
    }

    /** Confirmed on site, confirmed online, waitlisted (both modes). */
    public int[] counts(UUID workshopId) {
        int[] counts = new int[3];
        List<Object[]> rows = getEntityManager().createQuery(
                        "select r.mode, r.status, count(r) from Registration r where r.workshopId = ?1 and r.status <> ?2 group by r.mode, r.status",
                        Object[].class)
                .setParameter(1, workshopId).setParameter(2, RegistrationStatus.CANCELLED).getResultList();
        for (Object[] row : rows) {
            int n = ((Number) row[2]).intValue();
            if (row[1] == RegistrationStatus.WAITLISTED) {
                counts[2] += n;
            } else {
                counts[row[0] == Mode.ON_SITE ? 0 : 1] += n;
            }
        }
        return counts;
    }

    /** The registrations of a workshop that are not cancelled (confirmed or waiting), in the order they came in. */
    public List<Registration> activeOfWorkshop(UUID workshopId) {
        return list("workshopId = ?1 and status <> ?2 order by seq", workshopId, RegistrationStatus.CANCELLED);
    }

    /**
     * The guests of a workshop who did not confirm their address in time and still hold a place
     * or a place on the waitlist, in the order they came in.
     */
    public List<Registration> unverifiedPastDeadline(UUID workshopId, Instant now) {
        return list("workshopId = ?1 and guestVerifiedAt is null and verifyBy is not null and verifyBy < ?2 and status <> ?3"
                + " order by seq", workshopId, now, RegistrationStatus.CANCELLED);
    }

    /**
     * Locks (skipping rows another transaction holds) up to {@code limit} confirmed registrations
     * that are due for the reminder: their workshop starts after {@code from} and not after
     * {@code until} and is still going to happen, they were not reminded yet, and mail can reach
     * the person (an ambassador, or a guest who confirmed their address).
     */
    public List<Registration> lockDueForReminder(Instant from, Instant until, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery("""
                        select r.id from registration r join workshop w on w.id = r.workshop_id
                        where r.status = 'CONFIRMED' and r.reminded_at is null
                          and (r.participant_id is not null or (r.guest_email is not null and r.guest_verified_at is not null))
                          and w.status in ('PUBLISHED', 'REGISTRATION_OPEN', 'REGISTRATION_CLOSED')
                          and w.starts_at > ?1 and w.starts_at <= ?2
                        order by r.seq
                        limit ?3
                        for update of r skip locked""")
                .setParameter(1, from).setParameter(2, until).setParameter(3, limit).getResultList();
        return ids.isEmpty() ? List.of() : list("id in ?1 order by seq", ids);
    }

    /** After a workshop moved, its people are reminded again before the new date. */
    public void resetReminders(UUID workshopId) {
        getEntityManager().createNativeQuery("update registration set reminded_at = null where workshop_id = ?1 and status <> 'CANCELLED'")
                .setParameter(1, workshopId).executeUpdate();
    }

    /** Whether a guest address still has a registration that is not cancelled (of any workshop). */
    public boolean guestAddressInUse(String email) {
        return count("guestEmail = ?1 and status <> ?2", email, RegistrationStatus.CANCELLED) > 0;
    }

    /**
     * One page of a participant's own registrations, newest first, before the registration
     * numbered {@code beforeSeq} (null for the first page); {@code limit + 1} rows.
     */
    public List<Registration> pageOfParticipant(UUID participantId, Long beforeSeq, int limit) {
        if (beforeSeq == null) {
            return find("participantId = ?1 order by seq desc", participantId).page(0, limit + 1).list();
        }
        return find("participantId = ?1 and seq < ?2 order by seq desc", participantId, beforeSeq).page(0, limit + 1).list();
    }

    /** Every registration of a participant, newest first (their data export). */
    public List<Registration> ofParticipant(UUID participantId) {
        return list("participantId = ?1 order by seq desc", participantId);
    }

    /** The invitations made by the account {@code subject} count on as made by {@code standIn}. */
    public void replaceRegisteredBy(String subject, String standIn) {
        getEntityManager().createNativeQuery("update registration set registered_by = ?2 where registered_by = ?1")
                .setParameter(1, subject).setParameter(2, standIn).executeUpdate();
    }

    /** An erased participant's registrations stay (the numbers stay true) without pointing to them. */
    public void forgetParticipant(UUID participantId) {
        getEntityManager().createNativeQuery("update registration set participant_id = null where participant_id = ?1")
                .setParameter(1, participantId).executeUpdate();
    }
}

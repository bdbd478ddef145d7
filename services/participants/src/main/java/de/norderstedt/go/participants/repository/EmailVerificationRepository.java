package de.norderstedt.go.participants.repository;

import de.norderstedt.go.participants.model.EmailVerification;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class EmailVerificationRepository implements PanacheRepositoryBase<EmailVerification, String> {

    /** Every link of this participant stops working. */
    public long deleteOfParticipant(UUID participantId) {
        return delete("participantId", participantId);
    }
}

package de.norderstedt.go.platform.directory;

import java.util.UUID;

/**
 * Fired (synchronously, inside the consuming transaction) when a participant was erased: observe
 * it to anonymize what the service holds about them, atomically with the directory update.
 *
 * @param participantId the erased person's id
 * @param subject       their account (token subject), if they ever called this service; null otherwise
 * @param tombstone     a new random id standing for the person from now on, the same in every table
 *                      of this service, where a row must still be one person's (a support, a vote, a
 *                      report) without leading back to them; nothing else knows it
 */
public record ParticipantErased(UUID participantId, String subject, UUID tombstone) {

    /** The tombstone as text, for columns that hold an account ({@code erased:<uuid>}). */
    public String tombstoneAccount() {
        return "erased:" + tombstone;
    }
}

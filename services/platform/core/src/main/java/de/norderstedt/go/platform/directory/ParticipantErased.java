package de.norderstedt.go.platform.directory;

import java.util.UUID;

/**
 * Fired (synchronously, inside the consuming transaction) when a participant was erased: observe
 * it to anonymize what the service holds about them, atomically with the directory update.
 */
public record ParticipantErased(UUID participantId) {
}

package de.norderstedt.go.participants.model;

/**
 * PENDING until the current code of cooperation is accepted; ACTIVE; INACTIVE when staff pause
 * someone; ERASED is final (a tombstone without personal data).
 */
public enum ParticipantStatus {
    PENDING, ACTIVE, INACTIVE, ERASED
}

package de.norderstedt.go.platform.directory;

import java.util.Set;
import java.util.UUID;

/**
 * What another service may know of a person, as participants answers it on
 * {@code GET /api/participants/internal/directory?subject=}: the id, the status, the display name only
 * if shown publicly, and the programme roles granted. Never e-mail, phone, district or age group.
 */
public record DirectoryEntry(UUID participantId, String status, String displayName, Set<String> roles) {
}

package de.norderstedt.go.platform.directory;

import jakarta.enterprise.context.RequestScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The directory rows read during one request: the role check and the service ask once, not three
 * times. Reached through methods only — a field of a request-scoped bean read through its client
 * proxy would be the proxy's own, shared by every request.
 */
@RequestScoped
class DirectoryCache {

    private final Map<String, Optional<ParticipantDirectory.Ref>> bySubject = new HashMap<>();

    /** Null when this subject was not read in this request yet. */
    Optional<ParticipantDirectory.Ref> get(String subject) {
        return bySubject.get(subject);
    }

    void put(String subject, Optional<ParticipantDirectory.Ref> ref) {
        bySubject.put(subject, ref);
    }
}
